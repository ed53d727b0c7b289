/**
 * Quartz, wired to the application server: a clustered JDBC job store in the application database
 * (tables from Flyway's V2), threads from the Jakarta Concurrency managed thread factory so jobs
 * have CDI and transactions, and jobs that are a few lines calling an application service.
 */
package org.dpsupport.server.infrastructure.scheduling.monitoring;
