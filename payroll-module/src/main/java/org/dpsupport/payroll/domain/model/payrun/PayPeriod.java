package org.dpsupport.payroll.domain.model.payrun;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.dpsupport.kernel.DateRange;

/**
 * A pay period: first and last day (inclusive) and the day pay reaches the PA. Monthly periods are
 * calendar months paid on the employer's pay day (brought forward to the last day of a short
 * month). The days it covers are the shared kernel's half-open {@link DateRange}.
 */
public record PayPeriod(LocalDate start, LocalDate end, LocalDate paymentDate) {

  public PayPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(paymentDate, "paymentDate");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "A pay period cannot end (" + end + ") before it starts (" + start + ").");
    }
  }

  public static PayPeriod monthly(YearMonth month, int payDay) {
    int day = Math.min(payDay, month.lengthOfMonth());
    return new PayPeriod(month.atDay(1), month.atEndOfMonth(), month.atDay(day));
  }

  /** The days of the period as a half-open range: [start, end + 1 day). */
  public DateRange days() {
    return DateRange.inclusive(start, end);
  }

  public boolean contains(LocalDate date) {
    return days().contains(date);
  }

  public PayPeriod nextMonth(int payDay) {
    return monthly(YearMonth.from(start).plusMonths(1), payDay);
  }
}
