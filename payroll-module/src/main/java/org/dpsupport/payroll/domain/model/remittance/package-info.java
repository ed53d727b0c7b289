/**
 * Paying over what a pay run deducted: PAYE and National Insurance to HMRC, contributions to the
 * pension scheme. Which runs one payment covers (HMRC's tax month or quarter, the pension's month
 * of deduction), whether each run's share is paid, due or overdue, and when a payment cannot be
 * recorded.
 */
package org.dpsupport.payroll.domain.model.remittance;
