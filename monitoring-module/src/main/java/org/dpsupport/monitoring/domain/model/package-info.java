/**
 * Monitoring's domain model: accounts and risk, returns, statements and their layouts, receipts,
 * reconciliation, cards and managed accounts. Immutable, plain Java; depends on the shared kernel
 * only.
 */
package org.dpsupport.monitoring.domain.model;
