package org.dpsupport.payroll.domain.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.pay.Finding;
import org.dpsupport.payroll.domain.model.pension.AutoEnrolmentAssessment;
import org.dpsupport.payroll.domain.model.pension.AutoEnrolmentAssessment.Action;
import org.dpsupport.payroll.domain.model.pension.PensionDuties;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.pension.ReliefMethod;
import org.dpsupport.payroll.domain.model.pension.WorkerCategory;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.AutoEnrolmentRules;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.AutoEnrolmentThresholds;

/**
 * Assesses a PA every pay period, by age on the pay date and the period's earnings against The
 * Pensions Regulator's period thresholds, enrols eligible jobholders (unless postponed), refunds
 * opt-outs within the window, and works out contributions on qualifying earnings (the period band),
 * rounded to the nearest penny.
 */
public final class AutoEnrolmentCalculator {

  /** The thresholds part of the basis text, built once per tax year and frequency. */
  private final java.util.Map<AutoEnrolmentThresholds, String> thresholdsText =
      new java.util.concurrent.ConcurrentHashMap<>();

  public AutoEnrolmentAssessment assess(
      TaxYearRules rules,
      PayFrequency frequency,
      LocalDate paymentDate,
      LocalDate dateOfBirth,
      Money periodEarnings,
      PensionMembership membership) {
    AutoEnrolmentRules ae = rules.autoEnrolment();
    AutoEnrolmentThresholds t = ae.periodThresholds().get(frequency);
    int age = Period.between(dateOfBirth, paymentDate).getYears();
    WorkerCategory category = categorise(ae, t, age, periodEarnings);
    List<Finding> findings = new ArrayList<>();
    String thresholds =
        thresholdsText.computeIfAbsent(
            t,
            x ->
                frequency.label()
                    + " trigger £"
                    + x.earningsTrigger().toPlainString()
                    + ", qualifying earnings £"
                    + x.qualifyingEarningsLower().toPlainString()
                    + "-£"
                    + x.qualifyingEarningsUpper().toPlainString());
    java.util.function.Supplier<String> assessed =
        () ->
            "pension: "
                + describe(category)
                + " (age "
                + age
                + ", earnings "
                + periodEarnings.formatted()
                + "; "
                + thresholds
                + ")";

    if (membership == null) {
      if (category == WorkerCategory.ELIGIBLE_JOBHOLDER) {
        findings.add(
            new Finding(
                "AUTO_ENROLMENT_DUE",
                "This PA is an eligible jobholder and must be enrolled in a "
                    + "qualifying workplace pension (or enrolment postponed by notice, for up to "
                    + ae.postponementMaxMonths()
                    + " months). Set up the scheme and record it on the PA's record."));
      }
      return result(
          category,
          Action.NOT_ENROLLED,
          null,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          null,
          Basis.lazily(() -> assessed.get() + ", not a member"),
          findings);
    }

    LocalDate enrolledOn = membership.enrolledOn();
    boolean reEnrolled = false;
    if (membership.optedOutOn() != null && !membership.optedOutOn().isAfter(paymentDate)) {
      if (!reEnrolsNow(membership, paymentDate, category)) {
        return optedOut(ae, category, membership, assessed, findings);
      }
      // The Pensions Regulator, "Re-enrolment and re-declaration": an eligible jobholder who left
      // more than 12 months before the employer's re-enrolment date is put back in on that date
      reEnrolled = true;
      enrolledOn = membership.reEnrolmentDate();
    }
    Action action = Action.CONTRIBUTING;
    boolean member = enrolledOn != null && !enrolledOn.isAfter(paymentDate);
    if (member && (reEnrolled || enrolledInPeriod(frequency, enrolledOn, paymentDate))) {
      action = Action.ENROLLED_THIS_PERIOD; // the enrolment date falls in this pay period
    }
    if (!member) {
      if (membership.postponedUntil() != null
          && paymentDate.isBefore(membership.postponedUntil())) {
        checkPostponement(ae, membership, findings);
        return result(
            category,
            Action.POSTPONED,
            membership.reliefMethod(),
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            null,
            Basis.lazily(
                () ->
                    assessed.get() + ", enrolment postponed until " + membership.postponedUntil()),
            findings);
      }
      if (category != WorkerCategory.ELIGIBLE_JOBHOLDER) {
        String rights =
            category == WorkerCategory.NON_ELIGIBLE_JOBHOLDER
                ? "may opt in, with employer contributions"
                : category == WorkerCategory.ENTITLED_WORKER ? "may ask to join" : "no duties";
        return result(
            category,
            Action.NOT_ENROLLED,
            membership.reliefMethod(),
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            null,
            Basis.lazily(() -> assessed.get() + ", not enrolled: " + rights),
            findings);
      }
      action = Action.ENROLLED_THIS_PERIOD;
      // after a postponement the PA is assessed, and enrolled, on the deferral date
      enrolledOn =
          membership.postponedUntil() != null && !membership.postponedUntil().isAfter(paymentDate)
              ? membership.postponedUntil()
              : paymentDate;
    }

    // Pensions Act 2008 s.13: qualifying earnings are the part of pay inside the period band
    BigDecimal lower = t.qualifyingEarningsLower();
    BigDecimal upper = t.qualifyingEarningsUpper();
    BigDecimal qe = periodEarnings.amount().min(upper).subtract(lower).max(BigDecimal.ZERO);
    Money qualifying = Money.of(qe, RoundingMode.HALF_UP);
    Money employer =
        qualifying.multipliedBy(
            membership.employerPercent().movePointLeft(2), RoundingMode.HALF_UP);
    Money employee =
        qualifying.multipliedBy(
            membership.employeePercent().movePointLeft(2), RoundingMode.HALF_UP);
    boolean reliefAtSource = membership.reliefMethod() == ReliefMethod.RELIEF_AT_SOURCE;
    Money deduction =
        reliefAtSource
            ? employee.multipliedBy(
                BigDecimal.ONE.subtract(ae.reliefAtSourcePercent().movePointLeft(2)),
                RoundingMode.HALF_UP)
            : employee;
    if (membership.employerPercent().compareTo(ae.minimumEmployerPercent()) < 0
        || membership
                .employerPercent()
                .add(membership.employeePercent())
                .compareTo(ae.minimumTotalPercent())
            < 0) {
      findings.add(
          new Finding(
              "PENSION_CONTRIBUTIONS_BELOW_MINIMUM",
              "The scheme's contributions (employer "
                  + membership.employerPercent().toPlainString()
                  + "%, employee "
                  + membership.employeePercent().toPlainString()
                  + "%) are below the auto-enrolment minimum of "
                  + ae.minimumTotalPercent().toPlainString()
                  + "% in total with at least "
                  + ae.minimumEmployerPercent().toPlainString()
                  + "% from the employer."));
    }
    boolean enrolledNow = action == Action.ENROLLED_THIS_PERIOD;
    String enrolledWords = reEnrolled ? ", re-enrolled from " : ", enrolled from ";
    LocalDate enrolled = enrolledOn;
    Basis basis =
        Basis.lazily(
            () ->
                assessed.get()
                    + (enrolledNow ? enrolledWords + enrolled : ", member")
                    + "; qualifying earnings "
                    + qualifying.formatted()
                    + " x employee "
                    + membership.employeePercent().toPlainString()
                    + "% = "
                    + employee.formatted()
                    + ", employer "
                    + membership.employerPercent().toPlainString()
                    + "% = "
                    + employer.formatted()
                    + "; "
                    + (reliefAtSource
                        ? "relief at source: "
                            + employee.formatted()
                            + " less "
                            + ae.reliefAtSourcePercent().toPlainString()
                            + "% relief = "
                            + deduction.formatted()
                            + " deducted after tax"
                        : "net pay arrangement: "
                            + deduction.formatted()
                            + " deducted before tax"));
    return result(
        category,
        action,
        membership.reliefMethod(),
        qualifying,
        employee,
        deduction,
        employer,
        Money.ZERO,
        enrolledOn,
        basis,
        findings);
  }

  private AutoEnrolmentAssessment optedOut(
      AutoEnrolmentRules ae,
      WorkerCategory category,
      PensionMembership membership,
      java.util.function.Supplier<String> assessed,
      List<Finding> findings) {
    LocalDate enrolled = membership.enrolledOn();
    LocalDate optedOut = membership.optedOutOn();
    boolean inWindow =
        enrolled != null && !optedOut.isAfter(enrolled.plusMonths(ae.optOutWindowMonths()));
    Money toRefund =
        membership.contributionsToRefund() == null
            ? Money.ZERO
            : Money.of(membership.contributionsToRefund(), RoundingMode.HALF_UP);
    if (inWindow && toRefund.isPositive()) {
      // Occupational and Personal Pension Schemes (Automatic Enrolment) Regs 2010 reg 10: refund
      // within a month
      return result(
          category,
          Action.OPTED_OUT_REFUNDED,
          membership.reliefMethod(),
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          toRefund,
          enrolled,
          Basis.lazily(
              () ->
                  assessed.get()
                      + ", opted out on "
                      + optedOut
                      + " within "
                      + ae.optOutWindowMonths()
                      + " month of enrolment on "
                      + enrolled
                      + ": refund of "
                      + toRefund.formatted()
                      + " employee contributions"),
          findings);
    }
    if (!inWindow) {
      findings.add(
          new Finding(
              "OPT_OUT_AFTER_WINDOW",
              "The PA left the pension on "
                  + optedOut
                  + ", more than "
                  + ae.optOutWindowMonths()
                  + " month after enrolment: contributions stay in the scheme, no refund is due."));
    }
    return result(
        category,
        Action.OPTED_OUT,
        membership.reliefMethod(),
        Money.ZERO,
        Money.ZERO,
        Money.ZERO,
        Money.ZERO,
        Money.ZERO,
        enrolled,
        Basis.lazily(() -> assessed.get() + ", opted out on " + optedOut),
        findings);
  }

  /**
   * Re-enrolled on this pay day: the employer chose a re-enrolment date, this is the first pay day
   * on or after it (within a month), the PA left more than 12 months before it and is an eligible
   * jobholder now.
   */
  private static boolean reEnrolsNow(
      PensionMembership m, LocalDate paymentDate, WorkerCategory category) {
    LocalDate date = m.reEnrolmentDate();
    return date != null
        && category == WorkerCategory.ELIGIBLE_JOBHOLDER
        && !paymentDate.isBefore(date)
        && paymentDate.isBefore(date.plusMonths(1))
        && PensionDuties.leftMoreThanAYearBefore(m.optedOutOn(), date);
  }

  /** Whether an enrolment date falls in the pay period that ends with this pay day. */
  private static boolean enrolledInPeriod(
      PayFrequency frequency, LocalDate enrolledOn, LocalDate paymentDate) {
    LocalDate previousPayDay =
        switch (frequency) {
          case WEEKLY -> paymentDate.minusWeeks(1);
          case FORTNIGHTLY -> paymentDate.minusWeeks(2);
          case FOUR_WEEKLY -> paymentDate.minusWeeks(4);
          case MONTHLY -> paymentDate.minusMonths(1);
        };
    return enrolledOn.isAfter(previousPayDay);
  }

  private static void checkPostponement(
      AutoEnrolmentRules ae, PensionMembership m, List<Finding> findings) {
    if (m.employmentStartDate() != null
        && m.postponedUntil()
            .isAfter(m.employmentStartDate().plusMonths(ae.postponementMaxMonths()))) {
      findings.add(
          new Finding(
              "POSTPONEMENT_TOO_LONG",
              "Enrolment is postponed until "
                  + m.postponedUntil()
                  + ", more than "
                  + ae.postponementMaxMonths()
                  + " months after the PA started on "
                  + m.employmentStartDate()
                  + ". Postponement can last at most "
                  + ae.postponementMaxMonths()
                  + " months; enrol the PA now."));
    }
  }

  static WorkerCategory categorise(
      AutoEnrolmentRules ae, AutoEnrolmentThresholds t, int age, Money earnings) {
    if (age < ae.minimumWorkerAge() || age > ae.maximumJobholderAge()) {
      return WorkerCategory.OUTSIDE_AUTO_ENROLMENT;
    }
    BigDecimal pay = earnings.amount();
    if (pay.compareTo(t.earningsTrigger()) > 0
        && age >= ae.eligibleJobholderMinimumAge()
        && age < ae.statePensionAge()) {
      return WorkerCategory.ELIGIBLE_JOBHOLDER;
    }
    if (pay.compareTo(t.qualifyingEarningsLower()) > 0) {
      return WorkerCategory.NON_ELIGIBLE_JOBHOLDER;
    }
    return WorkerCategory.ENTITLED_WORKER;
  }

  private static String describe(WorkerCategory c) {
    return switch (c) {
      case ELIGIBLE_JOBHOLDER -> "eligible jobholder";
      case NON_ELIGIBLE_JOBHOLDER -> "non-eligible jobholder";
      case ENTITLED_WORKER -> "entitled worker";
      case OUTSIDE_AUTO_ENROLMENT -> "outside auto-enrolment";
    };
  }

  private static AutoEnrolmentAssessment result(
      WorkerCategory category,
      Action action,
      ReliefMethod method,
      Money qualifying,
      Money employee,
      Money deduction,
      Money employer,
      Money refund,
      LocalDate enrolledOn,
      Basis basis,
      List<Finding> findings) {
    return new AutoEnrolmentAssessment(
        category,
        action,
        method,
        qualifying,
        employee,
        deduction,
        employer,
        refund,
        enrolledOn,
        basis,
        List.copyOf(findings));
  }
}
