package org.dpsupport.payroll.domain.model.pension;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An employer's automatic-enrolment dates, as The Pensions Regulator sets them.
 *
 * <ul>
 *   <li>The duties start date is the day the first member of staff starts work: a PA's employer's
 *       first PA.
 *   <li>The declaration of compliance is due within five months of the duties start date.
 *   <li>Every three years the employer re-enrols staff who left the scheme (opted out or stopped
 *       paying in) more than 12 months before: the re-enrolment date is chosen in a window from
 *       three months before to three months after the third anniversary of the duties start date
 *       (then of the last re-enrolment date); a re-declaration is due within five months of it.
 * </ul>
 *
 * Source: The Pensions Regulator, "Declaration of compliance" and "Re-enrolment and re-declaration"
 * (thepensionsregulator.gov.uk, employer guidance).
 */
public record PensionDuties(LocalDate dutiesStart) {

  /** How long after the duties start (or a re-enrolment date) the declaration may be made. */
  public static final int DECLARATION_MONTHS = 5;

  /** The years between re-enrolments. */
  public static final int RE_ENROLMENT_YEARS = 3;

  public PensionDuties {
    Objects.requireNonNull(dutiesStart, "The employer's duties start date is missing.");
  }

  /** The last day to complete the declaration of compliance. */
  public LocalDate declarationDue() {
    return dutiesStart.plusMonths(DECLARATION_MONTHS).minusDays(1);
  }

  /**
   * The re-enrolment on or after {@code today}: its anniversary, window and re-declaration date.
   */
  public ReEnrolment nextReEnrolment(LocalDate today) {
    LocalDate anniversary = dutiesStart.plusYears(RE_ENROLMENT_YEARS);
    while (anniversary.plusMonths(3).isBefore(today)) {
      anniversary = anniversary.plusYears(RE_ENROLMENT_YEARS);
    }
    return new ReEnrolment(anniversary, anniversary.minusMonths(3), anniversary.plusMonths(3));
  }

  /**
   * Whether a PA who left the scheme on {@code leftOn} (opted out, or stopped paying in) is put
   * back in on the employer's re-enrolment date: only if they left more than 12 months before it.
   */
  public static boolean leftMoreThanAYearBefore(LocalDate leftOn, LocalDate reEnrolmentDate) {
    return leftOn != null
        && reEnrolmentDate != null
        && leftOn.isBefore(reEnrolmentDate.minusMonths(12));
  }

  /**
   * Whether {@code date} can be the re-enrolment date of this cycle: inside the window from three
   * months before to three months after the anniversary that {@link #nextReEnrolment} gives for it.
   */
  public boolean inReEnrolmentWindow(LocalDate date) {
    ReEnrolment r = nextReEnrolment(date);
    return !date.isBefore(r.windowOpens()) && !date.isAfter(r.windowCloses());
  }

  /**
   * One re-enrolment: the anniversary, the window to choose the re-enrolment date in, and (for
   * re-enrolment on the anniversary) the last day of the re-declaration.
   */
  public record ReEnrolment(LocalDate anniversary, LocalDate windowOpens, LocalDate windowCloses) {
    /** The re-declaration's last day when the re-enrolment date is the anniversary. */
    public LocalDate reDeclarationDue() {
      return anniversary.plusMonths(DECLARATION_MONTHS).minusDays(1);
    }

    /**
     * Whether a PA who left the scheme on {@code leftOn} is put back in on the re-enrolment date:
     * only if they left more than 12 months before it.
     */
    public boolean reEnrols(LocalDate leftOn, LocalDate reEnrolmentDate) {
      return leftMoreThanAYearBefore(leftOn, reEnrolmentDate);
    }
  }
}
