package org.dpsupport.payroll.domain.model.ni;

import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;

/**
 * Class 1 NI for one pay period, with the earnings bands RTI reports: earnings at the lower
 * earnings limit, from it to the primary threshold, and from there to the upper earnings limit.
 */
public record NiResult(
    Money employeeNi,
    Money employerNi,
    Money earningsAtLel,
    Money earningsLelToPt,
    Money earningsPtToUel,
    Basis basis) {}
