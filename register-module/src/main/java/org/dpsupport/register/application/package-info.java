/**
 * Use cases the server calls as a whole, such as the daily vetting review its scheduled job runs.
 * Persistence, messages and scheduling stay in the server.
 */
package org.dpsupport.register.application;
