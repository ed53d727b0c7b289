package org.dpsupport.payroll.domain.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dpsupport.kernel.DateRange;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.familypay.EarningsPaid;
import org.dpsupport.payroll.domain.model.familypay.FamilyLeave;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayDecision;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayResult;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayWeek;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.pay.Finding;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.StatutoryFamilyPayRules;

/**
 * Statutory maternity, paternity, adoption, shared parental, parental bereavement and neonatal care
 * pay, as HMRC's employer guides on GOV.UK set them out.
 *
 * <ul>
 *   <li><b>Service</b>: employed for at least 26 weeks continuing into the qualifying week (any day
 *       of the first of those weeks counts), and still employed in it.
 *   <li><b>Earnings</b>: average weekly earnings over the relevant period (8 weeks ending with the
 *       last normal pay day on or before the qualifying week's Saturday), unrounded, at least the
 *       weekly lower earnings limit of the tax year that Saturday falls in.
 *   <li><b>Rates</b>: maternity and adoption pay 6 weeks at 90% of average weekly earnings, then
 *       the lesser of the standard rate and 90%; the others the lesser throughout. 90% is rounded
 *       up to the penny (SMP Regulations 1986 reg 28; SPP and SAP (Weekly Rates) Regulations 2002
 *       reg 4). A pay week starting on or after the day a new standard rate starts (the first
 *       Sunday in April) gets it.
 *   <li><b>Part weeks</b>: a pay week runs from the weekday the pay started. Where a pay period
 *       holds part of one, the part is the weekly rate x days / 7 with part pence rounded up (HMRC
 *       Statutory Payments Manual SPM182300). The second part of a split week is the weekly rate
 *       less the first part, so a week split across two pay periods still totals its weekly rate.
 *   <li><b>Work during the pay</b>: 10 keeping in touch days (maternity, adoption), 20 SPLIT days
 *       (shared parental); a day over the limit, or any day worked during paternity, bereavement or
 *       neonatal care pay, loses the pay for the week it falls in.
 *   <li><b>Evidence</b>: without the MATB1, matching certificate or declaration the pay is held.
 * </ul>
 */
public final class StatutoryFamilyPayCalculator {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
  private static final int SERVICE_WEEKS = 26;

  private final TaxYearCatalogue catalogue;

  public StatutoryFamilyPayCalculator(TaxYearCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Whether the leave's pay is due, and each pay week's rate. */
  public FamilyPayDecision decide(FamilyLeave leave) {
    FamilyPayType type = leave.type();
    DateRange qw = leave.qualifyingWeek();
    LocalDate saturday = qw.lastDay();
    // 26 weeks ending with the qualifying week: the first of them starts 25 weeks before it
    LocalDate latestStart = saturday.minusWeeks(SERVICE_WEEKS - 1);
    TaxYearRules yearOfQw = catalogue.forPaymentDate(saturday);
    Money lel =
        Money.of(
            yearOfQw.nationalInsurance().thresholdsFor(PayFrequency.WEEKLY).lowerEarningsLimit());
    BigDecimal awe = leave.averageWeeklyEarnings();
    StatutoryFamilyPayRules first = rulesForWeekStarting(leave.payStart());
    Money earningsRelated =
        Money.of(
            awe.multiply(first.earningsRelatedPercent()).movePointLeft(2), RoundingMode.CEILING);

    List<String> refusals = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String name = type.shortName();
    if (leave.employmentStart().isAfter(latestStart)) {
      refusals.add(
          "No "
              + name
              + ": the PA started on "
              + day(leave.employmentStart())
              + ", so by the end of the qualifying week ("
              + day(qw.start())
              + " to "
              + day(saturday)
              + ") they had not been employed for 26 weeks; they needed to start by "
              + day(latestStart)
              + ".");
    }
    if (leave.employmentEnd() != null && leave.employmentEnd().isBefore(qw.start())) {
      refusals.add(
          "No "
              + name
              + ": the PA left on "
              + day(leave.employmentEnd())
              + ", before the qualifying week began on "
              + day(qw.start())
              + ".");
    }
    if (awe.compareTo(lel.amount()) < 0) {
      refusals.add(
          "No "
              + name
              + ": average weekly earnings of "
              + Money.of(awe, RoundingMode.DOWN).formatted()
              + " are below the lower earnings limit of "
              + lel.formatted()
              + " a week.");
    }
    if (type == FamilyPayType.SMP) {
      LocalDate earliest = leave.expectedWeekOfChildbirth().minusWeeks(11);
      if (leave.payStart().isBefore(earliest)) {
        refusals.add(
            "Maternity pay cannot start before "
                + day(earliest)
                + ", the start of the 11th week before the week the baby is due.");
      }
    }
    if (!refusals.isEmpty()) {
      refusals.add("Tell the PA in writing within 7 days (" + type.refusalForm() + ").");
    }
    if (!leave.evidenceReceived()) {
      warnings.add(
          "No record of "
              + type.evidence()
              + ". The "
              + name
              + " is held until it is recorded"
              + (type == FamilyPayType.SMP
                  ? "; the PA must give it within 21 days of the pay starting (13 weeks with good"
                      + " reason)."
                  : "."));
    }

    List<FamilyPayWeek> weeks = new ArrayList<>();
    if (refusals.isEmpty()) {
      List<String> lostWeeks = workDaysOverLimit(leave);
      for (int i = 0; i < leave.weeks(); i++) {
        LocalDate start = leave.payStart().plusWeeks(i);
        String lost = lostWeeks.get(i);
        if (lost != null) {
          weeks.add(new FamilyPayWeek(i + 1, start, Money.ZERO, "not paid", lost));
          warnings.add(lost);
          continue;
        }
        StatutoryFamilyPayRules rules = rulesForWeekStarting(start);
        Money standard = Money.of(rules.standardWeeklyRate());
        Money ninety =
            Money.of(
                awe.multiply(rules.earningsRelatedPercent()).movePointLeft(2),
                RoundingMode.CEILING);
        if (i < type.earningsRelatedWeeks()) {
          weeks.add(
              new FamilyPayWeek(i + 1, start, ninety, "90% of average weekly earnings", null));
        } else if (ninety.isLessThan(standard)) {
          weeks.add(
              new FamilyPayWeek(
                  i + 1,
                  start,
                  ninety,
                  "90% of average weekly earnings (less than the standard rate "
                      + standard.formatted()
                      + ")",
                  null));
        } else {
          weeks.add(new FamilyPayWeek(i + 1, start, standard, "the standard rate", null));
        }
      }
    }
    return new FamilyPayDecision(
        leave, qw, latestStart, awe, lel, earningsRelated, refusals, warnings, weeks);
  }

  /** The family pay falling in the pay period {@code [periodStart, periodEnd]}. */
  public FamilyPayResult payFor(FamilyLeave leave, LocalDate periodStart, LocalDate periodEnd) {
    FamilyPayDecision decision = decide(leave);
    FamilyPayType type = leave.type();
    List<Finding> findings = new ArrayList<>();
    DateRange period = DateRange.inclusive(periodStart, periodEnd);
    DateRange pay = DateRange.inclusive(leave.payStart(), leave.payEnd());
    if (!pay.overlaps(period)) {
      return new FamilyPayResult(type, Money.ZERO, 0, Basis.of(type.title() + ": none"), findings);
    }
    if (!decision.eligible()) {
      findings.add(new Finding("FAMILY_PAY_NOT_DUE", String.join(" ", decision.refusals())));
      return new FamilyPayResult(
          type, Money.ZERO, 0, Basis.of(type.title() + ": not due"), findings);
    }
    if (!leave.evidenceReceived()) {
      findings.add(new Finding("FAMILY_PAY_EVIDENCE_MISSING", decision.warnings().get(0)));
      return new FamilyPayResult(
          type, Money.ZERO, 0, Basis.of(type.title() + ": held, evidence not recorded"), findings);
    }
    Money total = Money.ZERO;
    int days = 0;
    StringBuilder working = new StringBuilder(type.title()).append(":");
    for (FamilyPayWeek w : decision.weeks()) {
      LocalDate from = w.start().isBefore(periodStart) ? periodStart : w.start();
      LocalDate to = w.end().isAfter(periodEnd) ? periodEnd : w.end();
      if (from.isAfter(to)) {
        continue;
      }
      if (!w.paid()) {
        findings.add(new Finding("FAMILY_PAY_WEEK_NOT_DUE", w.notPaidBecause()));
        continue;
      }
      int a = (int) ChronoUnit.DAYS.between(w.start(), from);
      int b = (int) ChronoUnit.DAYS.between(w.start(), to) + 1;
      Money part = sevenths(w.rate(), b).minus(sevenths(w.rate(), a));
      total = total.plus(part);
      days += b - a;
      working
          .append(days == b - a ? " " : "; ")
          .append("week ")
          .append(w.number())
          .append(b - a == 7 ? ", the whole week" : ", " + (b - a) + " of its 7 days")
          .append(" at ")
          .append(w.rate().formatted())
          .append(" a week (")
          .append(w.rateBasis())
          .append(") = ")
          .append(part.formatted());
    }
    return new FamilyPayResult(type, total, days, Basis.of(working.toString()), findings);
  }

  /**
   * Average weekly earnings from the payments made, as HMRC's guides work them out: the relevant
   * period ends with the last pay day on or before the qualifying week's Saturday and starts the
   * day after the last pay day at least 8 weeks before that (or on the first day of employment if
   * there was none). Monthly pay: total / months x 12 / 52 (months rounded as SPM170400: 16 odd
   * days or more count as a month); otherwise total / days x 7. Not rounded: the lower earnings
   * limit is tested on the exact figure.
   */
  public static BigDecimal averageWeeklyEarnings(
      PayFrequency frequency,
      List<EarningsPaid> payments,
      DateRange qualifyingWeek,
      LocalDate employmentStart) {
    List<EarningsPaid> sorted =
        payments.stream().sorted(Comparator.comparing(EarningsPaid::paidOn)).toList();
    LocalDate saturday = qualifyingWeek.lastDay();
    LocalDate end = null;
    for (EarningsPaid p : sorted) {
      if (!p.paidOn().isAfter(saturday)) {
        end = p.paidOn();
      }
    }
    if (end == null) {
      return BigDecimal.ZERO;
    }
    LocalDate eightWeeksBack = end.minusWeeks(8);
    LocalDate before = null;
    for (EarningsPaid p : sorted) {
      if (!p.paidOn().isAfter(eightWeeksBack)) {
        before = p.paidOn();
      }
    }
    LocalDate start = before == null ? employmentStart : before.plusDays(1);
    Money earnings = Money.ZERO;
    for (EarningsPaid p : sorted) {
      if (!p.paidOn().isBefore(start) && !p.paidOn().isAfter(end)) {
        earnings = earnings.plus(p.amount());
      }
    }
    if (frequency == PayFrequency.MONTHLY) {
      Period span = Period.between(start, end.plusDays(1));
      long months = span.toTotalMonths() + (span.getDays() >= 16 ? 1 : 0);
      if (months < 1) {
        months = 1;
      }
      return earnings
          .amount()
          .multiply(BigDecimal.valueOf(12))
          .divide(BigDecimal.valueOf(months * 52), 10, RoundingMode.HALF_UP);
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    return earnings
        .amount()
        .multiply(SEVEN)
        .divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP);
  }

  /** The figures in force for a pay week starting on {@code day}. */
  public StatutoryFamilyPayRules rulesForWeekStarting(LocalDate day) {
    return catalogue.all().values().stream()
        .map(TaxYearRules::statutoryFamilyPay)
        .filter(r -> r != null && !r.standardRateFrom().isAfter(day))
        .max(Comparator.comparing(StatutoryFamilyPayRules::standardRateFrom))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No standard rate of family pay is known for a week starting "
                        + day(day)
                        + "; the payroll's tax-year data does not go back that far."));
  }

  /** The weekly rate x days / 7, part pence rounded up (SPM182300). */
  private static Money sevenths(Money weekly, int days) {
    return Money.of(
        weekly.amount().multiply(BigDecimal.valueOf(days)).divide(SEVEN, 2, RoundingMode.CEILING));
  }

  /** For each pay week, why work in it loses its pay (null when it does not). */
  private static List<String> workDaysOverLimit(FamilyLeave leave) {
    FamilyPayType type = leave.type();
    List<String> lost = new ArrayList<>();
    for (int i = 0; i < leave.weeks(); i++) {
      lost.add(null);
    }
    int counted = 0;
    for (LocalDate d : leave.workDays()) {
      if (d.isBefore(leave.payStart()) || d.isAfter(leave.payEnd())) {
        continue;
      }
      counted++;
      if (counted <= type.workDaysAllowed()) {
        continue;
      }
      int week = (int) (ChronoUnit.DAYS.between(leave.payStart(), d) / 7);
      if (lost.get(week) != null) {
        continue;
      }
      lost.set(
          week,
          type.workDaysAllowed() == 0
              ? "No "
                  + type.shortName()
                  + " for week "
                  + (week + 1)
                  + ": the PA worked on "
                  + day(d)
                  + ", and no work is allowed during a week of "
                  + type.shortName()
                  + "."
              : "No "
                  + type.shortName()
                  + " for week "
                  + (week + 1)
                  + ": "
                  + day(d)
                  + " was the PA's "
                  + ordinal(counted)
                  + " day of work; only "
                  + type.workDaysAllowed()
                  + " "
                  + type.workDaysName()
                  + " days are allowed.");
    }
    return lost;
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  static String day(LocalDate date) {
    return date.format(DAY);
  }
}
