package org.dpsupport.payroll.domain.model.tax;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;

/**
 * Every tax code a PA has been given, and the one a pay day is paid on.
 *
 * <p>Of the notices in use by the pay day (used from that day or earlier), the one issued last
 * wins: HMRC tells employers to keep the notice with the most recent date and scrap the others
 * (P9X). A code carried into a later tax year without a new notice keeps its number and prefix but
 * loses a week 1/month 1 basis: "Do not copy or carry over any 'week 1' or 'month 1' markings" (P9X
 * 2026). The personal allowance is £12,570 for 2026-27 as for 2025-26, so P9X 2026 uplifts no code;
 * a year that does would add its uplift here.
 */
public final class TaxCodeHistory {

  /** The code a pay day uses and the notice it comes from. */
  public record InForce(
      String taxCode, boolean week1Month1, TaxCodeNotice from, boolean carriedForward) {
    public String codeInWords() {
      return TaxCodeNotice.inWords(taxCode, week1Month1);
    }
  }

  private static final Comparator<TaxCodeNotice> LATEST_ISSUED =
      Comparator.comparing(TaxCodeNotice::issuedOn).thenComparing(TaxCodeNotice::usedFrom);

  private final List<TaxCodeNotice> notices;

  public TaxCodeHistory(List<TaxCodeNotice> notices) {
    this.notices = List.copyOf(notices);
  }

  /** The code paid on {@code payDay}, or empty where no notice is in use yet. */
  public Optional<InForce> on(LocalDate payDay) {
    return notices.stream()
        .filter(n -> !n.usedFrom().isAfter(payDay))
        .max(LATEST_ISSUED)
        .map(
            n -> {
              boolean carried =
                  TaxYear.containing(n.usedFrom()).compareTo(TaxYear.containing(payDay)) < 0;
              return new InForce(n.taxCode(), n.week1Month1() && !carried, n, carried);
            });
  }

  /**
   * Notices recorded but not yet in use on {@code payDay} (a P9 for next April, a P6 for a later
   * pay day), soonest first: what the PA's page shows as coming.
   */
  public List<TaxCodeNotice> comingAfter(LocalDate payDay) {
    return notices.stream()
        .filter(n -> n.usedFrom().isAfter(payDay))
        .sorted(Comparator.comparing(TaxCodeNotice::usedFrom))
        .toList();
  }
}
