package org.dpsupport.payroll.domain.model.taxyear;

import java.time.LocalDate;
import java.util.Objects;

/**
 * HMRC's year-end rules for an employer's PAYE scheme: which FPS is the last of the tax year, when
 * the EPS says instead that the year's submissions are complete, and who is given a P60.
 *
 * <p>Sources: GOV.UK "Payroll: annual reporting and admin for employers", sections "Send your final
 * payroll report of the year" (the final FPS is sent on or before the last pay day of the tax year
 * with "Final submission for year" set to yes; an EPS says it instead when the employer did not put
 * it on the final FPS or paid nobody in the final pay period of the year) and "Give employees their
 * P60" (every employee on the payroll who is working for the employer on the last day of the tax
 * year, 5 April, gets one, by 31 May). HMRC's RTI specification 2025-26, data items 108 and 119 and
 * {@code FinalSubmission/ForYear} on the FPS (after the employees) and on the EPS (after {@code
 * RelatedTaxYear}).
 */
public final class YearEnd {

  private YearEnd() {}

  /**
   * Whether a pay day is the employer's last of its tax year: the next regular pay day falls in a
   * later tax year. A monthly payroll paid on the 28th ends with March's pay day (28 March, tax
   * month 12); one paid on the 3rd ends with April's (3 April, still tax month 12 of the old year).
   */
  public static boolean lastPayDayOfTaxYear(LocalDate payDay, LocalDate nextPayDay) {
    Objects.requireNonNull(payDay, "The pay day is missing.");
    Objects.requireNonNull(nextPayDay, "The next pay day is missing.");
    if (!nextPayDay.isAfter(payDay)) {
      throw new IllegalArgumentException(
          "The next pay day " + nextPayDay + " must come after " + payDay + ".");
    }
    return TaxYear.containing(nextPayDay).compareTo(TaxYear.containing(payDay)) > 0;
  }

  /**
   * Whether the EPS for a tax month carries "Final submission for year": only in tax month 12, and
   * only when no FPS of the year carried it (nobody was paid in the final pay period, or the final
   * FPS went without it). When the final FPS carried it the EPS need not repeat it.
   */
  public static boolean finalSubmissionOnEps(int taxMonth, boolean finalFpsSent) {
    return taxMonth == 12 && !finalFpsSent;
  }

  /**
   * Whether a PA is given a P60 for the tax year: employed on its last day, 5 April (started on or
   * before it, and not left before it). A PA who left earlier had a P45 instead.
   */
  public static boolean inPostOnLastDay(LocalDate startDate, LocalDate leavingDate, TaxYear year) {
    LocalDate fifthApril = year.lastDay();
    return !startDate.isAfter(fifthApril)
        && (leavingDate == null || !leavingDate.isBefore(fifthApril));
  }

  /** The last tax year that has ended by {@code today}: on 6 April 2026, 2025-26. */
  public static TaxYear lastEnded(LocalDate today) {
    return new TaxYear(TaxYear.containing(today).startYear() - 1);
  }

  /** The day by which employees must have their P60 for the tax year: 31 May after it ends. */
  public static LocalDate p60sDueBy(TaxYear year) {
    return LocalDate.of(year.startYear() + 1, 5, 31);
  }
}
