/**
 * Monitoring's tables as JPA entities (Flyway's V5__monitoring.sql owns their shape): accounts'
 * terms and risk, returns, uploads kept as sent, statement lines, flags, case actions, risk history
 * and notifications. Plain mappings; the rules live in monitoring-module.
 */
package org.dpsupport.server.infrastructure.persistence.monitoring;
