package org.dpsupport.server.interfaces.web.holder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.application.payroll.TimesheetService;
import org.dpsupport.server.interfaces.web.PlainWords;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/** The shifts of a timesheet, in words, for the budget holder to check before approving it. */
@Named("holderTimesheets")
@RequestScoped
public class HolderTimesheets {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  @Inject CurrentViewer current;

  @Inject TimesheetService timesheets;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /**
   * The confirmation after approving: "You approved Bronwen Alder's timesheet for 1 October 2026 to
   * 31 October 2026: 14 hours over 3 shifts." Nothing for a timesheet that is not the viewer's or
   * not approved (the address can be typed), so the page falls back to its general words.
   */
  public String approvedSentence(String timesheetId) {
    if (timesheetId == null || !timesheetId.matches("\\d{1,18}")) {
      return null;
    }
    TimesheetService.TimesheetView t;
    try {
      t = timesheets.timesheet(current.viewer(), Long.parseLong(timesheetId));
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      return null;
    }
    if (!"APPROVED".equals(t.status())) {
      return null;
    }
    String hours = t.hours().stripTrailingZeros().toPlainString();
    return "You approved "
        + t.paName()
        + "'s timesheet for "
        + DATE.format(t.periodStart())
        + " to "
        + DATE.format(t.periodEnd())
        + ": "
        + hours
        + (t.hours().compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours")
        + " over "
        + t.shifts()
        + (t.shifts() == 1 ? " shift." : " shifts.");
  }

  /** "Monday 2 November 2026, 9:00am to 5:00pm: 8 hours, day rate". */
  public List<String> shifts(long timesheetId) {
    return timesheets.shifts(current.viewer(), timesheetId).stream()
        .map(
            s -> {
              BigDecimal hours =
                  BigDecimal.valueOf(Duration.between(s.start(), s.end()).toMinutes())
                      .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                      .stripTrailingZeros();
              return DAY.format(s.start())
                  + ", "
                  + TIME.format(s.start()).toLowerCase(Locale.UK)
                  + " to "
                  + TIME.format(s.end()).toLowerCase(Locale.UK)
                  + (s.end().toLocalDate().equals(s.start().toLocalDate()) ? "" : " the next day")
                  + ": "
                  + hours.toPlainString()
                  + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour, " : " hours, ")
                  + PlainWords.sentence(s.rateType()).toLowerCase(Locale.UK)
                  + " rate";
            })
        .toList();
  }
}
