/**
 * Inbound adapters: every way work reaches the server (pages, REST, batch jobs, Quartz and timer
 * triggers, start-up, health probes, sign-in). Each translates its channel into application-service
 * calls and holds no business rule. Nothing else in the server depends on this package tree.
 */
package org.dpsupport.server.interfaces;
