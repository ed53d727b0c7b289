package org.dpsupport.payroll.interfaces.file;

import java.util.EnumMap;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;

/**
 * A PA's RTI figures for the tax year to date, including the payment being reported: what the FPS's
 * FiguresToDate, NIlettersAndValues and statutory pay (SMPYTD, SPPYTD, ...) YTD elements carry. The
 * caller adds each finalised payment with {@link #plus}.
 */
public record FiguresToDate(
    Money taxablePay,
    Money tax,
    Money studentLoans,
    Money postgraduateLoans,
    Money pensionNetPay,
    Money earningsForNi,
    Money atLel,
    Money lelToPt,
    Money ptToUel,
    Money employeeNi,
    Money employerNi,
    Map<FamilyPayType, Money> statutoryPay) {

  public FiguresToDate {
    EnumMap<FamilyPayType, Money> all = new EnumMap<>(FamilyPayType.class);
    if (statutoryPay != null) {
      statutoryPay.forEach((k, v) -> all.put(k, v));
    }
    statutoryPay = java.util.Collections.unmodifiableMap(all);
  }

  /** Figures without statutory family pay. */
  public FiguresToDate(
      Money taxablePay,
      Money tax,
      Money studentLoans,
      Money postgraduateLoans,
      Money pensionNetPay,
      Money earningsForNi,
      Money atLel,
      Money lelToPt,
      Money ptToUel,
      Money employeeNi,
      Money employerNi) {
    this(
        taxablePay,
        tax,
        studentLoans,
        postgraduateLoans,
        pensionNetPay,
        earningsForNi,
        atLel,
        lelToPt,
        ptToUel,
        employeeNi,
        employerNi,
        Map.of());
  }

  /** The family pay of one kind paid so far this tax year (zero if none). */
  public Money statutoryPay(FamilyPayType type) {
    return statutoryPay.getOrDefault(type, Money.ZERO);
  }

  public static final FiguresToDate NONE =
      new FiguresToDate(
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO);

  public FiguresToDate plus(PayResult r) {
    return new FiguresToDate(
        taxablePay.plus(r.taxablePay()),
        tax.plus(r.incomeTax().taxDueInPeriod()),
        studentLoans.plus(r.amountOf("student-loan")),
        postgraduateLoans.plus(r.amountOf("postgraduate-loan")),
        pensionNetPay.plus(netPayPension(r)),
        earningsForNi.plus(r.earningsForNi()),
        atLel.plus(r.nationalInsurance().earningsAtLel()),
        lelToPt.plus(r.nationalInsurance().earningsLelToPt()),
        ptToUel.plus(r.nationalInsurance().earningsPtToUel()),
        employeeNi.plus(r.nationalInsurance().employeeNi()),
        employerNi.plus(r.nationalInsurance().employerNi()),
        statutoryPayPlus(r));
  }

  private Map<FamilyPayType, Money> statutoryPayPlus(PayResult r) {
    EnumMap<FamilyPayType, Money> sum = new EnumMap<>(FamilyPayType.class);
    for (FamilyPayType t : FamilyPayType.values()) {
      Money v = statutoryPay(t).plus(r.amountOf(t.lineCode()));
      if (v.isPositive()) {
        sum.put(t, v);
      }
    }
    return sum;
  }

  /** Pension contributions under a net pay arrangement (taken before tax), as RTI reports them. */
  static Money netPayPension(PayResult r) {
    return r.pension() != null && r.pension().deductedBeforeTax()
        ? r.pension().employeeDeduction()
        : Money.ZERO;
  }
}
