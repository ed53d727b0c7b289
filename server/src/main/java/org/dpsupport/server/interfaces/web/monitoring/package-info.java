/**
 * Monitoring's pages: the officer's queue, case page and reports, and the budget holder's returns.
 * View beans only translate form fields into application-service calls.
 */
package org.dpsupport.server.interfaces.web.monitoring;
