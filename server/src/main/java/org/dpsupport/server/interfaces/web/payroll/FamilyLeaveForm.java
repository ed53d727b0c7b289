package org.dpsupport.server.interfaces.web.payroll;

import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.server.application.payroll.FamilyLeaveService;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.FormInput;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * Agency staff record a PA's statutory family pay on a page: which pay, the dates, the evidence and
 * any keeping in touch days. Only reads the boxes into the same {@link
 * FamilyLeaveService.LeaveRequest} the API takes; the rules stay in the service and the payroll
 * module. Every mistake in the boxes is shown at once, at its field and in the summary.
 */
@Named("familyLeaveForm")
@RequestScoped
public class FamilyLeaveForm {

  private static final String FIELD = "leave:";

  @Inject CurrentViewer current;

  @Inject FamilyLeaveService familyLeave;

  private Long employmentId;
  private String type;
  private String dueDay;
  private String dueMonth;
  private String dueYear;
  private String matchedDay;
  private String matchedMonth;
  private String matchedYear;
  private String eventDay;
  private String eventMonth;
  private String eventYear;
  private String startDay;
  private String startMonth;
  private String startYear;
  private String weeks;
  private String weeksBeforeCurtailment;
  private boolean evidenceReceived;
  private String workDays;
  private String averageWeeklyEarnings;
  private String reason;
  private List<FamilyLeaveService.LeaveView> leaves;
  private String paName;

  @jakarta.annotation.PostConstruct
  void fromLink() {
    employmentId = PayrollForms.idParam("employment");
  }

  /** The view action: the PA's name and leave, or a refusal for anyone else. */
  public void load() {
    if (employmentId == null) {
      error("Open this page from a PA on the payroll.");
      return;
    }
    paName = familyLeave.paName(current.viewer(), employmentId);
    leaves = familyLeave.leavesOf(current.viewer(), employmentId);
  }

  public String submit() {
    if (employmentId == null) {
      return error("Open this page from a PA on the payroll.");
    }
    String chosen =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(FIELD + "type");
    type = chosen;
    FamilyPayType kind = null;
    try {
      kind = FamilyPayType.parse(chosen);
    } catch (IllegalArgumentException e) {
      FormErrors.add(FIELD + "type", "Choose which family pay this is");
    }
    LocalDate due = date("dueDate", dueDay, dueMonth, dueYear, "the date the baby is due");
    LocalDate matched =
        date("matchedOn", matchedDay, matchedMonth, matchedYear, "the date of the adoption match");
    LocalDate event = date("eventDate", eventDay, eventMonth, eventYear, "the date");
    LocalDate start = null;
    FormInput.Read<LocalDate> starts =
        FormInput.date(startDay, startMonth, startYear, "the date the pay starts");
    if (starts.ok()) {
      start = starts.value();
    } else {
      FormErrors.add(FIELD + "payStart:day", starts.error());
    }
    Integer weekCount = whole("weeks", weeks, 39, "Enter the weeks of pay as a number up to 39");
    Integer before =
        whole(
            "weeksBeforeCurtailment",
            weeksBeforeCurtailment,
            39,
            "Enter the weeks of maternity or adoption pay as a number up to 39");
    List<LocalDate> days = workDays();
    BigDecimal awe = null;
    if (averageWeeklyEarnings != null && !averageWeeklyEarnings.isBlank()) {
      FormInput.Read<BigDecimal> read =
          FormInput.pounds(averageWeeklyEarnings, "the average weekly earnings", null);
      if (read.ok()) {
        awe = read.value();
      } else {
        FormErrors.add(FIELD + "averageWeeklyEarnings", read.error());
      }
    }
    if (FormErrors.any()) {
      return null;
    }
    try {
      FamilyLeaveService.LeaveView recorded =
          familyLeave.record(
              current.viewer(),
              employmentId,
              new FamilyLeaveService.LeaveRequest(
                  kind.name(),
                  due,
                  matched,
                  event,
                  start,
                  weekCount,
                  before,
                  evidenceReceived,
                  days,
                  awe));
      return "/agency/payroll-family-leave.xhtml?faces-redirect=true&employment="
          + employmentId
          + "&recorded="
          + recorded.id();
    } catch (PayrollProblem | RecordAccessDeniedException | IllegalArgumentException e) {
      return error(e.getMessage());
    }
  }

  /** Withdraws a leave recorded by mistake; the reason is required by the service. */
  public String withdraw(long leaveId) {
    if (employmentId == null) {
      return error("Open this page from a PA on the payroll.");
    }
    try {
      familyLeave.withdraw(current.viewer(), employmentId, leaveId, reason);
      return "/agency/payroll-family-leave.xhtml?faces-redirect=true&employment="
          + employmentId
          + "&withdrawn=1";
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      return error(e.getMessage());
    }
  }

  /** Keeping in touch or SPLIT days, one a line, as day month year ("20 10 2026"). */
  private List<LocalDate> workDays() {
    List<LocalDate> out = new ArrayList<>();
    if (workDays == null || workDays.isBlank()) {
      return out;
    }
    for (String line : workDays.strip().split("\\s*[\\r\\n,]+\\s*")) {
      String[] parts = line.strip().split("[\\s/.-]+");
      FormInput.Read<LocalDate> read =
          parts.length == 3
              ? FormInput.date(parts[0], parts[1], parts[2], "each day worked")
              : FormInput.date("", "", "", "each day worked");
      if (!read.ok()) {
        FormErrors.add(
            FIELD + "workDays",
            "Write each day worked on its own line as day month year, like 20 10 2026 ('"
                + line.strip()
                + "' is not)");
        return List.of();
      }
      out.add(read.value());
    }
    return out;
  }

  private static Integer whole(String id, String typed, int most, String message) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String t = typed.strip();
    if (!t.matches("\\d{1,2}") || Integer.parseInt(t) > most) {
      FormErrors.add(FIELD + id, message);
      return null;
    }
    return Integer.valueOf(t);
  }

  /** A date input's three boxes; left empty it is null. */
  private static LocalDate date(String id, String day, String month, String year, String what) {
    if (blank(day) && blank(month) && blank(year)) {
      return null;
    }
    FormInput.Read<LocalDate> read = FormInput.date(day, month, year, what);
    if (!read.ok()) {
      FormErrors.add(FIELD + id + ":day", read.error());
    }
    return read.value();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The kinds of family pay for the radios, with their names. */
  public List<String[]> getTypes() {
    List<String[]> out = new ArrayList<>();
    for (FamilyPayType t : FamilyPayType.values()) {
      out.add(new String[] {t.name(), t.title()});
    }
    return out;
  }

  public List<FamilyLeaveService.LeaveView> getLeaves() {
    return leaves == null ? List.of() : leaves;
  }

  public String getPaName() {
    return paName;
  }

  public Long getEmploymentId() {
    return employmentId;
  }

  public void setEmploymentId(Long employmentId) {
    this.employmentId = employmentId;
  }

  public String getType() {
    return type;
  }

  public String getDueDay() {
    return dueDay;
  }

  public void setDueDay(String v) {
    dueDay = v;
  }

  public String getDueMonth() {
    return dueMonth;
  }

  public void setDueMonth(String v) {
    dueMonth = v;
  }

  public String getDueYear() {
    return dueYear;
  }

  public void setDueYear(String v) {
    dueYear = v;
  }

  public String getMatchedDay() {
    return matchedDay;
  }

  public void setMatchedDay(String v) {
    matchedDay = v;
  }

  public String getMatchedMonth() {
    return matchedMonth;
  }

  public void setMatchedMonth(String v) {
    matchedMonth = v;
  }

  public String getMatchedYear() {
    return matchedYear;
  }

  public void setMatchedYear(String v) {
    matchedYear = v;
  }

  public String getEventDay() {
    return eventDay;
  }

  public void setEventDay(String v) {
    eventDay = v;
  }

  public String getEventMonth() {
    return eventMonth;
  }

  public void setEventMonth(String v) {
    eventMonth = v;
  }

  public String getEventYear() {
    return eventYear;
  }

  public void setEventYear(String v) {
    eventYear = v;
  }

  public String getStartDay() {
    return startDay;
  }

  public void setStartDay(String v) {
    startDay = v;
  }

  public String getStartMonth() {
    return startMonth;
  }

  public void setStartMonth(String v) {
    startMonth = v;
  }

  public String getStartYear() {
    return startYear;
  }

  public void setStartYear(String v) {
    startYear = v;
  }

  public String getWeeks() {
    return weeks;
  }

  public void setWeeks(String v) {
    weeks = v;
  }

  public String getWeeksBeforeCurtailment() {
    return weeksBeforeCurtailment;
  }

  public void setWeeksBeforeCurtailment(String v) {
    weeksBeforeCurtailment = v;
  }

  public boolean isEvidenceReceived() {
    return evidenceReceived;
  }

  public void setEvidenceReceived(boolean v) {
    evidenceReceived = v;
  }

  public String getWorkDays() {
    return workDays;
  }

  public void setWorkDays(String v) {
    workDays = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }

  public String getAverageWeeklyEarnings() {
    return averageWeeklyEarnings;
  }

  public void setAverageWeeklyEarnings(String v) {
    averageWeeklyEarnings = v;
  }
}
