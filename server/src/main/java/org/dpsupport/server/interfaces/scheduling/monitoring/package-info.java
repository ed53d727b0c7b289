/**
 * Monitoring's scheduled triggers: the Quartz jobs (a council's cohort of due returns opened
 * set-based; the daily deadlines run with reminders, overdue flags, re-rating, ledger flags and the
 * cohorts' safety net) and the application's start and stop, which start and stop this server's
 * Quartz instance. They call application/monitoring and the scheduler in infrastructure/scheduling;
 * Quartz finds the jobs by class name in its JDBC job store (renamed by Flyway when they move).
 * Nothing depends on this package.
 */
package org.dpsupport.server.interfaces.scheduling.monitoring;
