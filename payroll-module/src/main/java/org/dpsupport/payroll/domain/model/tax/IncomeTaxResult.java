package org.dpsupport.payroll.domain.model.tax;

import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;

/**
 * Tax for one pay period. {@code taxDueToDate} is the tax actually deducted so far (after the 50%
 * overriding limit); {@code payAdjustment} is free pay (negative for K-code additional pay).
 */
public record IncomeTaxResult(
    Money taxDueInPeriod,
    Money taxDueToDate,
    Money payAdjustment,
    Money taxablePay,
    boolean overridingLimitApplied,
    boolean cumulative,
    Basis basis) {}
