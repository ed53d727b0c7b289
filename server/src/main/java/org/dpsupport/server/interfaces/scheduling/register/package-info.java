/**
 * The register's daily vetting sweep at 02:00 UK time, on Jakarta Concurrency's managed scheduler.
 * Calls application/register only; nothing depends on this package.
 */
package org.dpsupport.server.interfaces.scheduling.register;
