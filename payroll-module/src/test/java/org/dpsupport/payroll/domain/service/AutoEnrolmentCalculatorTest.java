package org.dpsupport.payroll.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pension.AutoEnrolmentAssessment;
import org.dpsupport.payroll.domain.model.pension.AutoEnrolmentAssessment.Action;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.pension.ReliefMethod;
import org.dpsupport.payroll.domain.model.pension.WorkerCategory;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "Auto-enrolment, assessed every period (monthly: trigger £833, qualifying earnings £520-£4,189)")
class AutoEnrolmentCalculatorTest {

  private static final LocalDate BORN = LocalDate.of(1996, 1, 10); // aged 30 in 2026
  private final TaxYearRules rules =
      TaxYearResources.standardCatalogue().forYear(TaxYear.parse("2026-27"));
  private final AutoEnrolmentCalculator calculator = new AutoEnrolmentCalculator();

  private static PensionMembership scheme(
      ReliefMethod method,
      LocalDate enrolled,
      LocalDate postponedUntil,
      LocalDate optedOut,
      String refund) {
    return new PensionMembership(
        method,
        new BigDecimal("5"),
        new BigDecimal("3"),
        LocalDate.of(2026, 4, 1),
        enrolled,
        postponedUntil,
        optedOut,
        refund == null ? null : new BigDecimal(refund));
  }

  private AutoEnrolmentAssessment assess(LocalDate paid, String earnings, PensionMembership m) {
    return calculator.assess(rules, PayFrequency.MONTHLY, paid, BORN, Money.parse(earnings), m);
  }

  @Test
  @DisplayName(
      "a PA whose hours vary above and below the trigger: enrolled the first month over £833, then stays in")
  void hoursVaryAroundTheTrigger() {
    PensionMembership m = scheme(ReliefMethod.RELIEF_AT_SOURCE, null, null, null, null);
    // April: £800 is over £520 but not over £833: non-eligible jobholder, not enrolled
    AutoEnrolmentAssessment april = assess(LocalDate.of(2026, 4, 30), "800.00", m);
    assertEquals(WorkerCategory.NON_ELIGIBLE_JOBHOLDER, april.category());
    assertEquals(Action.NOT_ENROLLED, april.action());
    assertEquals(Money.ZERO, april.employeeDeduction());

    // May: £900 is over £833: eligible jobholder, enrolled now
    // qualifying earnings 900 - 520 = 380; employee 5% = 19.00, employer 3% = 11.40
    // relief at source: 19.00 less 20% = 15.20 deducted from net pay
    AutoEnrolmentAssessment may = assess(LocalDate.of(2026, 5, 29), "900.00", m);
    assertEquals(WorkerCategory.ELIGIBLE_JOBHOLDER, may.category());
    assertEquals(Action.ENROLLED_THIS_PERIOD, may.action());
    assertEquals(LocalDate.of(2026, 5, 29), may.enrolledOn());
    assertEquals(Money.parse("380.00"), may.qualifyingEarnings());
    assertEquals(Money.parse("19.00"), may.employeeContribution());
    assertEquals(Money.parse("15.20"), may.employeeDeduction());
    assertEquals(Money.parse("11.40"), may.employerContribution());

    // June: hours fall, £500 is under £520: an entitled worker, still a member, but nothing is due
    // on it
    PensionMembership member =
        scheme(ReliefMethod.RELIEF_AT_SOURCE, may.enrolledOn(), null, null, null);
    AutoEnrolmentAssessment june = assess(LocalDate.of(2026, 6, 30), "500.00", member);
    assertEquals(WorkerCategory.ENTITLED_WORKER, june.category());
    assertEquals(Action.CONTRIBUTING, june.action());
    assertEquals(Money.ZERO, june.employerContribution());

    // July: £4,500 is over the upper limit: qualifying earnings 4189 - 520 = 3669; employee 5% =
    // 183.45
    AutoEnrolmentAssessment july = assess(LocalDate.of(2026, 7, 31), "4500.00", member);
    assertEquals(Money.parse("3669.00"), july.qualifyingEarnings());
    assertEquals(Money.parse("183.45"), july.employeeContribution());
  }

  @Test
  @DisplayName("net pay arrangement: the whole 5% comes off before tax")
  void netPay() {
    // £1,000: qualifying 480 x 5% = 24.00 deducted before tax
    AutoEnrolmentAssessment r =
        assess(
            LocalDate.of(2026, 5, 29),
            "1000.00",
            scheme(ReliefMethod.NET_PAY, LocalDate.of(2026, 4, 30), null, null, null));
    assertEquals(Money.parse("24.00"), r.employeeDeduction());
    assertTrue(r.deductedBeforeTax());
  }

  @Test
  @DisplayName(
      "a PA aged 21 earning over the trigger is a non-eligible jobholder: no duty to enrol")
  void tooYoungToBeEligible() {
    AutoEnrolmentAssessment r =
        calculator.assess(
            rules,
            PayFrequency.MONTHLY,
            LocalDate.of(2026, 5, 29),
            LocalDate.of(2005, 1, 1),
            Money.parse("1500.00"),
            null);
    assertEquals(WorkerCategory.NON_ELIGIBLE_JOBHOLDER, r.category());
    assertTrue(r.findings().isEmpty());
  }

  @Test
  @DisplayName(
      "postponement: no enrolment until the date; more than 3 months after starting is flagged")
  void postponement() {
    AutoEnrolmentAssessment ok =
        assess(
            LocalDate.of(2026, 5, 29),
            "1500.00",
            scheme(ReliefMethod.RELIEF_AT_SOURCE, null, LocalDate.of(2026, 7, 1), null, null));
    assertEquals(Action.POSTPONED, ok.action());
    assertTrue(ok.findings().isEmpty());
    // started 1 April 2026; 1 August is more than 3 months later
    AutoEnrolmentAssessment tooLong =
        assess(
            LocalDate.of(2026, 5, 29),
            "1500.00",
            scheme(ReliefMethod.RELIEF_AT_SOURCE, null, LocalDate.of(2026, 8, 1), null, null));
    assertEquals("POSTPONEMENT_TOO_LONG", tooLong.findings().get(0).code());
  }

  @Test
  @DisplayName(
      "opting out within a month of enrolment refunds the PA's contributions; later, nothing is refunded")
  void optOut() {
    AutoEnrolmentAssessment refunded =
        assess(
            LocalDate.of(2026, 5, 29),
            "1500.00",
            scheme(
                ReliefMethod.RELIEF_AT_SOURCE,
                LocalDate.of(2026, 4, 30),
                null,
                LocalDate.of(2026, 5, 15),
                "15.20"));
    assertEquals(Action.OPTED_OUT_REFUNDED, refunded.action());
    assertEquals(Money.parse("15.20"), refunded.optOutRefund());
    assertEquals(Money.ZERO, refunded.employeeDeduction());

    AutoEnrolmentAssessment late =
        assess(
            LocalDate.of(2026, 7, 31),
            "1500.00",
            scheme(
                ReliefMethod.RELIEF_AT_SOURCE,
                LocalDate.of(2026, 4, 30),
                null,
                LocalDate.of(2026, 7, 15),
                "60.00"));
    assertEquals(Action.OPTED_OUT, late.action());
    assertEquals(Money.ZERO, late.optOutRefund());
    assertEquals("OPT_OUT_AFTER_WINDOW", late.findings().get(0).code());
  }

  @Test
  @DisplayName("an eligible jobholder with no scheme set up is a finding")
  void noScheme() {
    AutoEnrolmentAssessment r = assess(LocalDate.of(2026, 5, 29), "1500.00", null);
    assertEquals("AUTO_ENROLMENT_DUE", r.findings().get(0).code());
  }

  /** Enrolled on 29 May 2026, opted out on {@code optedOut}; the employer re-enrols on a date. */
  private static PensionMembership optedOutBefore(LocalDate optedOut, LocalDate reEnrolOn) {
    return new PensionMembership(
        ReliefMethod.RELIEF_AT_SOURCE,
        new BigDecimal("5"),
        new BigDecimal("3"),
        LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 5, 29),
        null,
        optedOut,
        null,
        reEnrolOn);
  }

  @Test
  @DisplayName(
      "re-enrolment: an opted-out eligible jobholder is put back in on the employer's date when they"
          + " left more than 12 months before; not when they left within the year")
  void reEnrolment() {
    LocalDate reEnrolOn = LocalDate.of(2029, 7, 5);
    PensionMembership leftLongAgo = optedOutBefore(LocalDate.of(2026, 6, 10), reEnrolOn);
    // before the date: still out
    assertEquals(
        Action.OPTED_OUT, assess(LocalDate.of(2029, 6, 28), "900.00", leftLongAgo).action());
    // the first pay day on or after it: back in from the re-enrolment date, contributions due
    AutoEnrolmentAssessment july = assess(LocalDate.of(2029, 7, 27), "900.00", leftLongAgo);
    assertEquals(Action.ENROLLED_THIS_PERIOD, july.action());
    assertEquals(reEnrolOn, july.enrolledOn());
    assertEquals(Money.parse("11.40"), july.employerContribution());
    assertTrue(july.basis().text().contains("re-enrolled from 2029-07-05"), july.basis().text());
    assertEquals("1", org.dpsupport.payroll.interfaces.file.PensionContributionCsv.eventCode(july));
    // not eligible on the day (earnings under the trigger): not re-enrolled
    assertEquals(
        Action.OPTED_OUT, assess(LocalDate.of(2029, 7, 27), "700.00", leftLongAgo).action());
    // opted out within the 12 months before the date: not re-enrolled this time
    PensionMembership leftRecently = optedOutBefore(LocalDate.of(2028, 9, 1), reEnrolOn);
    assertEquals(
        Action.OPTED_OUT, assess(LocalDate.of(2029, 7, 27), "900.00", leftRecently).action());
  }

  @Test
  @DisplayName(
      "postponement: nothing until the deferral date, then assessed and enrolled from that date;"
          + " the next month a member contributing")
  void postponedThenEnrolledOnTheDeferralDate() {
    PensionMembership postponed =
        scheme(ReliefMethod.RELIEF_AT_SOURCE, null, LocalDate.of(2026, 7, 1), null, null);
    assertEquals(Action.POSTPONED, assess(LocalDate.of(2026, 6, 30), "900.00", postponed).action());
    AutoEnrolmentAssessment july = assess(LocalDate.of(2026, 7, 31), "900.00", postponed);
    assertEquals(Action.ENROLLED_THIS_PERIOD, july.action());
    assertEquals(LocalDate.of(2026, 7, 1), july.enrolledOn());
    PensionMembership member =
        scheme(
            ReliefMethod.RELIEF_AT_SOURCE,
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 7, 1),
            null,
            null);
    assertEquals(
        Action.ENROLLED_THIS_PERIOD,
        assess(LocalDate.of(2026, 7, 31), "900.00", member).action(),
        "worked out again for the same pay day: still the enrolment period");
    assertEquals(Action.CONTRIBUTING, assess(LocalDate.of(2026, 8, 28), "900.00", member).action());
  }
}
