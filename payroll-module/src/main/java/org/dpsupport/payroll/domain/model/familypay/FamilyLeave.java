package org.dpsupport.payroll.domain.model.familypay;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import org.dpsupport.kernel.DateRange;

/**
 * A PA's family leave as staff record it: which payment, the date that fixes the qualifying week
 * (the expected date of birth, the adoption matching date, or for bereavement pay the child's
 * death), when the PA started (and left, if they have), when the pay starts and for how many weeks,
 * their average weekly earnings over the relevant period, whether the evidence is in, and the days
 * they worked during the pay (keeping in touch or SPLIT days).
 *
 * @param dueDate the expected date of birth (MATB1): maternity pay, and paternity, shared parental
 *     or neonatal care pay for a birth
 * @param matchedOn the day the adopter was told of the match: adoption pay, and the others for an
 *     adoption
 * @param eventDate bereavement pay: the day the child died or was stillborn; neonatal care pay with
 *     neither date above: the day neonatal care began
 * @param weeks weeks of pay claimed; 0 means the most the payment allows
 * @param weeksBeforeCurtailment shared parental pay only: the weeks of maternity or adoption pay
 *     (or allowance) paid before they were cut short, which the 39 weeks are shared after
 */
public record FamilyLeave(
    FamilyPayType type,
    LocalDate dueDate,
    LocalDate matchedOn,
    LocalDate eventDate,
    LocalDate employmentStart,
    LocalDate employmentEnd,
    LocalDate payStart,
    int weeks,
    int weeksBeforeCurtailment,
    BigDecimal averageWeeklyEarnings,
    boolean evidenceReceived,
    List<LocalDate> workDays) {

  /** Shared parental pay is what is left of 39 weeks once maternity or adoption pay stops. */
  public static final int SHARED_WEEKS = 39;

  public FamilyLeave {
    Objects.requireNonNull(type, "Say which family pay this is.");
    if (employmentStart == null) {
      throw new IllegalArgumentException(
          "The PA's start date with this employer is missing; it decides whether they were"
              + " employed for long enough.");
    }
    if (payStart == null) {
      throw new IllegalArgumentException("Enter the date the " + type.shortName() + " starts.");
    }
    if (averageWeeklyEarnings == null || averageWeeklyEarnings.signum() < 0) {
      throw new IllegalArgumentException(
          "The PA's average weekly earnings over the relevant period are missing.");
    }
    switch (type) {
      case SMP -> require(dueDate, "the date the baby is due (from the MATB1)");
      case SAP -> require(matchedOn, "the date the PA was told they had been matched with a child");
      case SPBP -> require(eventDate, "the date the child died or was stillborn");
      case SNCP -> {
        if (dueDate == null && matchedOn == null) {
          require(
              eventDate, "the date the baby was due, the adoption match or neonatal care began");
        }
      }
      default -> {
        if (dueDate == null && matchedOn == null) {
          throw new IllegalArgumentException(
              "Enter the date the baby is due or, for an adoption, the date of the match.");
        }
      }
    }
    int most =
        type == FamilyPayType.SHPP ? SHARED_WEEKS - weeksBeforeCurtailment : type.maximumWeeks();
    if (type == FamilyPayType.SHPP && (weeksBeforeCurtailment < 0 || weeksBeforeCurtailment > 39)) {
      throw new IllegalArgumentException(
          "Enter how many weeks of maternity or adoption pay were paid before it was cut short, from"
              + " 0 to 39.");
    }
    if (weeks == 0) {
      weeks = most;
    }
    if (weeks < 1 || weeks > most) {
      throw new IllegalArgumentException(
          type.title()
              + " is paid for at most "
              + most
              + (most == 1 ? " week" : " weeks")
              + (type == FamilyPayType.SHPP
                  ? " here (39 weeks less the " + weeksBeforeCurtailment + " already paid)"
                  : "")
              + "; "
              + weeks
              + " were asked for.");
    }
    if (employmentEnd != null && employmentEnd.isBefore(employmentStart)) {
      throw new IllegalArgumentException("The leaving date is before the start date.");
    }
    workDays = workDays == null ? List.of() : workDays.stream().sorted().distinct().toList();
  }

  private static void require(LocalDate date, String what) {
    if (date == null) {
      throw new IllegalArgumentException("Enter " + what + ".");
    }
  }

  /**
   * The qualifying (or relevant) week, Sunday to Saturday: the 15th week before the expected week
   * of childbirth; for an adoption the week of the match; for bereavement pay, and neonatal care
   * pay with neither, the week before the week of the event.
   */
  public DateRange qualifyingWeek() {
    LocalDate sunday;
    if (matchedOn != null && type != FamilyPayType.SMP && type != FamilyPayType.SPBP) {
      sunday = weekStarting(matchedOn);
    } else if (dueDate != null && type.birthRelated()) {
      sunday = expectedWeekOfChildbirth().minusWeeks(15);
    } else {
      sunday = weekStarting(eventDate).minusWeeks(1);
    }
    return DateRange.inclusive(sunday, sunday.plusDays(6));
  }

  /** The Sunday starting the week the baby is due. */
  public LocalDate expectedWeekOfChildbirth() {
    return dueDate == null ? null : weekStarting(dueDate);
  }

  /** The last day of the pay (the day before the week after the last week). */
  public LocalDate payEnd() {
    return payStart.plusWeeks(weeks).minusDays(1);
  }

  private static LocalDate weekStarting(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
  }
}
