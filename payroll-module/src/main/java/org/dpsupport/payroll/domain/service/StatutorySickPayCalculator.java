package org.dpsupport.payroll.domain.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.pay.Finding;
import org.dpsupport.payroll.domain.model.sickpay.Absence;
import org.dpsupport.payroll.domain.model.sickpay.SickPayResult;
import org.dpsupport.payroll.domain.model.sickpay.SicknessRecord;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.StatutorySickPayRules;

/**
 * Statutory Sick Pay for the sick days in one pay period.
 *
 * <p>Spells of sickness form periods of incapacity for work (PIWs); PIWs no more than 56 days apart
 * link into one. A linked PIW follows the rules of the tax year in which it began: before 6 April
 * 2026 a PIW needs 4 days in a row, the first 3 qualifying days are waiting days and average weekly
 * earnings must reach the lower earnings limit; from 6 April 2026 (Employment Rights Act 2025) SSP
 * is paid from the first day at the lower of the weekly rate and 80% of normal weekly earnings. The
 * figures come from the tax-year data. SSP for k qualifying days in an SSP week (Sunday to
 * Saturday) is the weekly rate x k / qualifying days in a week, rounded up to the penny as HMRC's
 * daily rate tables are; at most 28 weeks are paid in a linked PIW.
 */
public final class StatutorySickPayCalculator {

  private record Spell(LocalDate first, LocalDate last) {}

  public SickPayResult calculate(
      Function<LocalDate, TaxYearRules> rulesOn,
      SicknessRecord record,
      LocalDate periodStart,
      LocalDate periodEnd) {
    List<Spell> spells = spells(record.absences());
    int qualifyingDaysPerWeek = record.qualifyingDays().size();
    List<Finding> findings = new ArrayList<>();
    int waitingInPeriod = 0;
    int paidDays = 0;
    Money total = Money.ZERO;
    StringBuilder basis = new StringBuilder();

    List<List<Spell>> linked = linkedPeriods(spells, rulesOn);
    for (List<Spell> piw : linked) {
      LocalDate began = piw.get(0).first();
      StatutorySickPayRules rules = rulesOn.apply(began).statutorySickPay();
      boolean touchesPeriod =
          piw.stream()
              .anyMatch(s -> !s.last().isBefore(periodStart) && !s.first().isAfter(periodEnd));
      if (!touchesPeriod) {
        continue;
      }
      BigDecimal rate = rules.weeklyRate();
      BigDecimal awe = record.averageWeeklyEarnings();
      if (rules.lowerEarningsLimitWeekly() != null
          && awe.compareTo(rules.lowerEarningsLimitWeekly()) < 0) {
        findings.add(
            new Finding(
                "SSP_NOT_DUE_LOW_EARNINGS",
                "No SSP for the sickness that began "
                    + began
                    + ": average weekly earnings £"
                    + awe.toPlainString()
                    + " are below the lower earnings limit £"
                    + rules.lowerEarningsLimitWeekly().toPlainString()
                    + ". Give the PA form SSP1 within 7 days."));
        continue;
      }
      if (rules.normalWeeklyEarningsCapPercent() != null) {
        BigDecimal cap =
            awe.multiply(rules.normalWeeklyEarningsCapPercent())
                .movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
        rate = rate.min(cap);
      }
      TreeMap<LocalDate, Integer> paidDaysByWeek = new TreeMap<>();
      int waitingServed = 0;
      int paid = 0;
      int maxDays = rules.maximumWeeks() * qualifyingDaysPerWeek;
      for (Spell s : piw) {
        for (LocalDate d = s.first(); !d.isAfter(s.last()); d = d.plusDays(1)) {
          if (!record.qualifyingDays().contains(d.getDayOfWeek())) {
            continue;
          }
          boolean inPeriod = !d.isBefore(periodStart) && !d.isAfter(periodEnd);
          if (waitingServed < rules.waitingDays()) {
            waitingServed++;
            if (inPeriod) {
              waitingInPeriod++;
            }
          } else if (paid < maxDays) {
            paid++;
            if (inPeriod) {
              paidDaysByWeek.merge(
                  d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)), 1, Integer::sum);
            }
          } else if (inPeriod) {
            findings.add(
                new Finding(
                    "SSP_EXHAUSTED",
                    "SSP ran out on "
                        + d
                        + " after "
                        + rules.maximumWeeks()
                        + " weeks in the sickness that began "
                        + began
                        + ". Give the PA form SSP1."));
            break;
          }
        }
      }
      basis
          .append(basis.length() == 0 ? "SSP: " : "; ")
          .append("sickness from ")
          .append(began)
          .append(
              rules.waitingDays() > 0
                  ? " (rules before 6 April 2026: " + rules.waitingDays() + " waiting days)"
                  : " (paid from the first day)")
          .append(", weekly rate £")
          .append(rate.toPlainString());
      for (int k : paidDaysByWeek.values()) {
        paidDays += k;
        total =
            total.plus(
                Money.of(
                    rate.multiply(BigDecimal.valueOf(k))
                        .divide(
                            BigDecimal.valueOf(qualifyingDaysPerWeek), 2, RoundingMode.CEILING)));
      }
    }

    if (paidDays > 0 || waitingInPeriod > 0) {
      basis
          .append(", ")
          .append(paidDays)
          .append(" qualifying day")
          .append(paidDays == 1 ? "" : "s")
          .append(" paid of ")
          .append(qualifyingDaysPerWeek)
          .append(" a week");
      if (waitingInPeriod > 0) {
        basis
            .append(", ")
            .append(waitingInPeriod)
            .append(" waiting day")
            .append(waitingInPeriod == 1 ? "" : "s");
      }
    }
    return new SickPayResult(
        total, paidDays, waitingInPeriod, Basis.of(basis.toString()), findings);
  }

  private static List<Spell> spells(List<Absence> absences) {
    List<Absence> sorted = new ArrayList<>(absences);
    sorted.sort(Comparator.comparing(Absence::firstDay));
    List<Spell> spells = new ArrayList<>();
    for (Absence a : sorted) {
      if (!spells.isEmpty()
          && !a.firstDay().isAfter(spells.get(spells.size() - 1).last().plusDays(1))) {
        Spell last = spells.remove(spells.size() - 1);
        spells.add(
            new Spell(last.first(), a.lastDay().isAfter(last.last()) ? a.lastDay() : last.last()));
      } else {
        spells.add(new Spell(a.firstDay(), a.lastDay()));
      }
    }
    return spells;
  }

  /** Spells long enough to be PIWs, grouped where no more than the linking days apart. */
  private static List<List<Spell>> linkedPeriods(
      List<Spell> spells, Function<LocalDate, TaxYearRules> rulesOn) {
    List<List<Spell>> linked = new ArrayList<>();
    Spell previous = null;
    for (Spell s : spells) {
      List<Spell> current = linked.isEmpty() ? null : linked.get(linked.size() - 1);
      StatutorySickPayRules rules =
          rulesOn
              .apply(
                  current != null
                          && previous != null
                          && gapDays(previous, s)
                              <= rulesOn
                                  .apply(current.get(0).first())
                                  .statutorySickPay()
                                  .linkingDays()
                      ? current.get(0).first()
                      : s.first())
              .statutorySickPay();
      long days = ChronoUnit.DAYS.between(s.first(), s.last()) + 1;
      if (days < rules.minimumDaysForPeriodOfIncapacity()) {
        continue; // not a period of incapacity for work: no SSP
      }
      if (previous != null && gapDays(previous, s) <= rules.linkingDays()) {
        current.add(s);
      } else {
        List<Spell> fresh = new ArrayList<>();
        fresh.add(s);
        linked.add(fresh);
      }
      previous = s;
    }
    return linked;
  }

  private static long gapDays(Spell earlier, Spell later) {
    return ChronoUnit.DAYS.between(earlier.last(), later.first()) - 1;
  }
}
