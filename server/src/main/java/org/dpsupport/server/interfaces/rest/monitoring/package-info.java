/**
 * Monitoring's REST API under /api/v1/monitoring: accounts and their risk, returns with uploads and
 * submission, the officer's queue and case actions, reports and CSV, and the administrator's
 * scheduler switch. Resources only translate; the application services decide and check access.
 */
package org.dpsupport.server.interfaces.rest.monitoring;
