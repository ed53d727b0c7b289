package org.dpsupport.payroll.domain.model.tax;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;

/**
 * A tax code a PA was given and the first pay day it is used on: the code from the starter
 * checklist or P45, or one of HMRC's notices to the employer.
 *
 * <ul>
 *   <li><b>P6</b> and <b>P6B</b> (a change during the year): used from the first pay day on or
 *       after the date HMRC gives on the notice, never for a pay day already paid.
 *   <li><b>P9</b> (the code for the next tax year): used from 6 April of that year.
 * </ul>
 *
 * Where HMRC sends more than one notice, the one with the latest date of issue is used and earlier
 * ones are scrapped (P9X, "Employees with a new tax code"); {@link TaxCodeHistory} applies that.
 * Source: HMRC, "P9X: Tax codes to use from 6 April 2026" (gov.uk, updated 19 February 2026) and
 * "Operate PAYE: tax code notices".
 */
public record TaxCodeNotice(
    Kind kind, String taxCode, boolean week1Month1, LocalDate issuedOn, LocalDate usedFrom) {

  /** Where a code came from, in words a payroll person uses. */
  public enum Kind {
    STARTER("from the starter checklist or P45"),
    P6("HMRC's P6 notice"),
    P6B("HMRC's P6B notice"),
    P9("HMRC's P9 notice for the new tax year");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public TaxCodeNotice {
    Objects.requireNonNull(kind, "Say which notice this is: P6, P6B or P9.");
    Objects.requireNonNull(issuedOn, "Give the date of issue printed on the notice.");
    Objects.requireNonNull(usedFrom, "Give the date the code is used from.");
    TaxCode parsed = TaxCode.parse(taxCode);
    // "1257L W1" is stored as 1257L on a week 1/month 1 basis
    week1Month1 = week1Month1 || parsed.nonCumulative();
    taxCode = taxCode.replaceAll("[\\s/]", "").toUpperCase(Locale.ROOT);
    if (parsed.nonCumulative()) {
      taxCode = taxCode.endsWith("X") ? taxCode.substring(0, taxCode.length() - 1) : taxCode;
      taxCode =
          taxCode.endsWith("W1") || taxCode.endsWith("M1")
              ? taxCode.substring(0, taxCode.length() - 2)
              : taxCode;
    }
  }

  /**
   * An HMRC notice as staff type it from the paper or online notice, checked: a P9 is for a tax
   * year and is used from its 6 April; a P6 or P6B is used from the date it gives (its date of
   * issue when it gives none), which cannot be before it was issued. Refusals say what to check.
   *
   * @param today the date the notice is recorded, so a notice cannot be dated in the future
   */
  public static TaxCodeNotice fromHmrc(
      Kind kind,
      String taxCode,
      boolean week1Month1,
      LocalDate issuedOn,
      LocalDate usedFrom,
      LocalDate today) {
    if (kind == null || kind == Kind.STARTER) {
      throw new IllegalArgumentException("Say which HMRC notice this is: P6, P6B or P9.");
    }
    if (issuedOn == null) {
      throw new IllegalArgumentException("Enter the date of issue printed on the notice.");
    }
    if (issuedOn.isAfter(today)) {
      throw new IllegalArgumentException(
          "The date of issue, "
              + DAY.format(issuedOn)
              + ", is in the future. Check the date printed on the notice.");
    }
    LocalDate from;
    if (kind == Kind.P9) {
      // HMRC sends P9s in the months before 6 April for the year that starts then: one issued from
      // October on is for the next tax year, one issued from April to September for the current one
      TaxYear issuedIn = TaxYear.containing(issuedOn);
      TaxYear year =
          issuedOn.isBefore(LocalDate.of(issuedIn.startYear(), 10, 1))
              ? issuedIn
              : new TaxYear(issuedIn.startYear() + 1);
      from = usedFrom == null ? year.firstDay() : usedFrom;
      if (!from.equals(TaxYear.containing(from).firstDay())) {
        throw new IllegalArgumentException(
            "A P9 notice is for a whole tax year, so its code is used from 6 April. For a change"
                + " during the year HMRC sends a P6 or P6B.");
      }
    } else {
      from = usedFrom == null ? issuedOn : usedFrom;
      if (from.isBefore(issuedOn)) {
        throw new IllegalArgumentException(
            "A code cannot be used before HMRC issued it: the notice is dated "
                + DAY.format(issuedOn)
                + ". Use the date it says the code applies from.");
      }
    }
    return new TaxCodeNotice(kind, taxCode, week1Month1, issuedOn, from);
  }

  /** "1257L", or "1257L on a week 1/month 1 basis". */
  public String codeInWords() {
    return inWords(taxCode, week1Month1);
  }

  /** A code with its basis as pages say it: "1257L", or "1257L on a week 1/month 1 basis". */
  public static String inWords(String taxCode, boolean week1Month1) {
    return week1Month1 ? taxCode + " on a week 1/month 1 basis" : taxCode;
  }
}
