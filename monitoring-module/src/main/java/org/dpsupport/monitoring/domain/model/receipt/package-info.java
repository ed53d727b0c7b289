/**
 * Receipts and invoices sent as evidence of spending: supplier, date, total and VAT, each with a
 * confidence, or the document marked for an officer when it cannot be read.
 */
package org.dpsupport.monitoring.domain.model.receipt;
