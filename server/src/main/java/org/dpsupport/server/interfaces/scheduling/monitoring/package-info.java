/**
 * Monitoring's Quartz jobs: a council's cohort of due returns opened set-based, and the daily
 * deadlines run (reminders, overdue flags, re-rating, the cohorts' safety net). Call
 * application/monitoring only; Quartz finds them by class name in its JDBC job store (renamed by
 * Flyway when they move). Nothing depends on this package.
 */
package org.dpsupport.server.interfaces.scheduling.monitoring;
