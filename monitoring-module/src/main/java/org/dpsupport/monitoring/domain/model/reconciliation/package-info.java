/**
 * Reconciliation of a return: statement lines matched to what should be there (the council's
 * payments in, payroll's expected payments), the rest categorised by payee rules learned from
 * officers' earlier decisions, and every finding a {@link
 * org.dpsupport.monitoring.domain.model.reconciliation.Flag} with the statement line that is its
 * evidence.
 */
package org.dpsupport.monitoring.domain.model.reconciliation;
