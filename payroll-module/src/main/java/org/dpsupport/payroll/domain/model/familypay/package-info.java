/**
 * Statutory family pay: maternity, paternity, adoption, shared parental, parental bereavement and
 * neonatal care pay. A {@code FamilyLeave} is what staff record (the dates, the PA's average weekly
 * earnings, the evidence); a {@code FamilyPayDecision} says whether it is due and why not, week by
 * week; a {@code FamilyPayResult} is what falls into one pay period.
 */
package org.dpsupport.payroll.domain.model.familypay;
