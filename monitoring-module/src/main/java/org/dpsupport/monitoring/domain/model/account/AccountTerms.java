package org.dpsupport.monitoring.domain.model.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.dpsupport.kernel.Money;

/**
 * What the council and the person agreed: the route, the annual budget paid as {@code instalment}
 * on the {@code schedule} from {@code startDate}, the support plan's spending categories and how
 * many weeks of budget the person may keep as a contingency (a council setting).
 */
public record AccountTerms(
    Route route,
    Money annualBudget,
    Money instalment,
    PaymentSchedule schedule,
    Set<String> planCategories,
    LocalDate startDate,
    int contingencyWeeks) {

  public AccountTerms {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(annualBudget, "annualBudget");
    Objects.requireNonNull(instalment, "instalment");
    Objects.requireNonNull(schedule, "schedule");
    planCategories = Set.copyOf(planCategories);
    Objects.requireNonNull(startDate, "startDate");
    if (contingencyWeeks < 0) {
      throw new IllegalArgumentException("A contingency cannot be a negative number of weeks");
    }
  }

  /** The most the person may hold at a period end: {@code contingencyWeeks} of budget. */
  public Money contingency() {
    // weekly budget is annual / 52, rounded to the penny in the person's favour
    BigDecimal weekly = annualBudget.amount().divide(BigDecimal.valueOf(52), 2, RoundingMode.UP);
    return Money.of(weekly.multiply(BigDecimal.valueOf(contingencyWeeks)));
  }

  public boolean inPlan(String category) {
    return planCategories.contains(category);
  }
}
