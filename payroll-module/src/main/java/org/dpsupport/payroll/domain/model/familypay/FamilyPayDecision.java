package org.dpsupport.payroll.domain.model.familypay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.kernel.DateRange;
import org.dpsupport.kernel.Money;

/**
 * Whether family pay is due and, if so, week by week. {@code refusals} say in plain words why it is
 * not due (the PA must be told in writing: {@link FamilyPayType#refusalForm()}); {@code warnings}
 * are for staff (the evidence is not in, so the pay is held).
 *
 * @param latestStart the last day the PA could have started and still have 26 weeks' service into
 *     the qualifying week
 */
public record FamilyPayDecision(
    FamilyLeave leave,
    DateRange qualifyingWeek,
    LocalDate latestStart,
    BigDecimal averageWeeklyEarnings,
    Money lowerEarningsLimit,
    Money earningsRelatedRate,
    List<String> refusals,
    List<String> warnings,
    List<FamilyPayWeek> weeks) {

  public FamilyPayDecision {
    refusals = List.copyOf(refusals);
    warnings = List.copyOf(warnings);
    weeks = List.copyOf(weeks);
  }

  public boolean eligible() {
    return refusals.isEmpty();
  }

  /** Pay is made only when it is due and the evidence is in. */
  public boolean payable() {
    return eligible() && leave.evidenceReceived();
  }

  /** The whole pay, every paid week at its rate. */
  public Money total() {
    Money sum = Money.ZERO;
    for (FamilyPayWeek w : weeks) {
      sum = sum.plus(w.rate());
    }
    return sum;
  }
}
