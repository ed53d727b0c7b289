/**
 * Quartz, wired to the application server: a clustered JDBC job store in the application database
 * (tables from Flyway's V2), threads from the Jakarta Concurrency managed thread factory so jobs
 * have CDI and transactions, and the returns' cohort triggers. Used by application/monitoring;
 * knows the jobs (interfaces/scheduling) only as keys and {@code ScheduledJob}s.
 */
package org.dpsupport.server.infrastructure.scheduling.monitoring;
