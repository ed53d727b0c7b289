/**
 * Monitoring use cases: enrolling accounts and rating their risk, opening returns when Quartz
 * fires, taking uploads (kept before they are read) and submissions, reconciling them with
 * monitoring-module's rules, the officer's case actions, notifications and reports. Every change to
 * money or a case is audited; every record is checked against the viewer.
 */
package org.dpsupport.server.application.monitoring;
