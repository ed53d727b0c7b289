package org.dpsupport.server.application.monitoring;

/**
 * A managed account's ledger changed (an invoice recorded, approved or disputed, a council payment
 * or wages entered, the agency starting to manage it): fired in the changer's transaction so the
 * ledger's flags are recorded, and the account re-rated, with the change.
 */
public record LedgerChanged(long accountId, String actor, String why) {}
