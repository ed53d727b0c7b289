/**
 * Managed (invoice agency) accounts: the agency holds the person's direct payment and pays the care
 * providers' invoices for them. Providers with the contract rate and hours of the support plan
 * ({@link org.dpsupport.monitoring.domain.model.managed.CareProvider}), each invoice or credit note
 * checked against the plan ({@link org.dpsupport.monitoring.domain.model.managed.InvoiceChecks}),
 * what a payment file pays ({@link org.dpsupport.monitoring.domain.model.managed.PaymentPlan}) and
 * the account's ledger with the risk flags the council reads in place of a return ({@link
 * org.dpsupport.monitoring.domain.model.managed.ManagedLedger}).
 */
package org.dpsupport.monitoring.domain.model.managed;
