package org.dpsupport.server.interfaces.web.payroll;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.application.payroll.YearEndService;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * Agency staff's page for an employer's PAs: set a leaving date (P45, made after the final pay),
 * mark a PA as not being paid (IrrEmp), record the employer's choice of rolled-up holiday pay.
 */
@Named("employeeActions")
@RequestScoped
public class EmployeeActions {

  @Inject CurrentViewer current;

  @Inject YearEndService yearEnd;

  @Inject org.dpsupport.server.application.payroll.HolidayService holiday;

  @Inject org.dpsupport.server.application.payroll.EmployerService employers;

  @Inject org.dpsupport.server.application.payroll.PensionDutiesService pensionDuties;

  private org.dpsupport.server.application.payroll.PensionDutiesService.DutiesView duties;

  private Long accountId;
  private String leavingDate;
  private String reason;
  private String startAgain;
  private String statement;
  private List<YearEndService.EmploymentState> employees;

  @PostConstruct
  void fromLink() {
    String account =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("account");
    try {
      accountId = account == null || account.isBlank() ? null : Long.valueOf(account.trim());
    } catch (NumberFormatException e) {
      accountId = null;
    }
  }

  /** The page's answer for another agency's employer (403) or none (404), before it renders. */
  public void check() throws java.io.IOException {
    org.dpsupport.server.interfaces.web.PageRefusal.load(this::getEmployees, null);
  }

  /** The employer's pension duty dates, or null before any PA is on the payroll. */
  public org.dpsupport.server.application.payroll.PensionDutiesService.DutiesView getDuties() {
    if (duties == null && accountId != null) {
      duties = pensionDuties.of(current.viewer(), accountId).orElse(null);
    }
    return duties;
  }

  /** The confirmation after a form sent the person back here ({@code ?done=taxcode}). */
  public String getDone() {
    String done =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("done");
    if ("declared".equals(done)) {
      return "The declaration of compliance has been recorded.";
    }
    if ("notices".equals(done)) {
      return noticesDone(
          PayrollForms.idParam("recorded") == null ? 0 : PayrollForms.idParam("recorded"),
          PayrollForms.idParam("already") == null ? 0 : PayrollForms.idParam("already"));
    }
    return "taxcode".equals(done) ? "The tax code notice has been recorded." : null;
  }

  /** "2 tax code notices from HMRC's file have been recorded. 1 was recorded before." */
  static String noticesDone(long recorded, long already) {
    String first =
        recorded == 1
            ? "1 tax code notice from HMRC's file has been recorded."
            : recorded + " tax code notices from HMRC's file have been recorded.";
    if (already == 0) {
      return first;
    }
    return first + (already == 1 ? " 1 was" : " " + already + " were") + " recorded before.";
  }

  public List<YearEndService.EmploymentState> getEmployees() {
    if (employees == null) {
      employees =
          accountId == null ? List.of() : yearEnd.employmentStates(current.viewer(), accountId);
    }
    return employees;
  }

  public String setLeaving(long employmentId) {
    try {
      LocalDate date =
          leavingDate == null || leavingDate.isBlank() ? null : LocalDate.parse(leavingDate.trim());
      yearEnd.setLeavingDate(current.viewer(), employmentId, date, reason);
      return done();
    } catch (DateTimeParseException e) {
      return error("Enter the leaving date as year-month-day, like 2026-12-03.");
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      return error(e.getMessage());
    }
  }

  public String markNotPaid(long employmentId) {
    try {
      yearEnd.markNotPaid(current.viewer(), employmentId, reason);
      return done();
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      return error(e.getMessage());
    }
  }

  public String paidAgain(long employmentId) {
    try {
      yearEnd.clearNotPaid(current.viewer(), employmentId, reason);
      return done();
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      return error(e.getMessage());
    }
  }

  /** Takes a PA who left back on: a new employment with a new payroll ID. */
  public String reEmploy(long employmentId) {
    try {
      LocalDate date =
          startAgain == null || startAgain.isBlank() ? null : LocalDate.parse(startAgain.trim());
      employers.reEmploy(current.viewer(), employmentId, date, statement, reason);
      return done();
    } catch (DateTimeParseException e) {
      return error("Enter the day they start again as year-month-day, like 2026-11-16.");
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      return error(e.getMessage());
    }
  }

  public String getStartAgain() {
    return startAgain;
  }

  public void setStartAgain(String v) {
    startAgain = v;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String v) {
    statement = v;
  }

  /** Records the employer's choice of rolled-up holiday pay (or holiday paid when taken). */
  public String rolledUp(long employmentId, boolean rolledUp) {
    try {
      holiday.chooseRolledUp(current.viewer(), employmentId, rolledUp, reason);
      return done();
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      return error(e.getMessage());
    }
  }

  /** "Holiday left to take: 20.28 hours." and how it is paid, for the agency's card. */
  public String holidayInWords(YearEndService.EmploymentState e) {
    String left =
        "Holiday left to take: "
            + org.dpsupport.payroll.domain.service.HolidayAccrual.hours(
                e.holidayBalanceHours() == null
                    ? java.math.BigDecimal.ZERO
                    : e.holidayBalanceHours())
            + ". ";
    if (e.leavingDate() != null
        && e.holidayBalanceHours() != null
        && e.holidayBalanceHours().signum() > 0
        && !e.rolledUpHolidayPay()) {
      left +=
          "To pay holiday not taken when they leave, put these hours as holiday on their last"
              + " timesheet: it is paid at the 52-paid-week average. ";
    }
    if (!e.irregularHours()) {
      return left + "Fixed hours: holiday is paid when taken, at the 52-paid-week average.";
    }
    return left
        + (e.rolledUpHolidayPay()
            ? "Rolled-up holiday pay: 12.07% of pay for work on each payslip, as its own line."
            : "Irregular hours: holiday is paid when taken, at the 52-paid-week average.");
  }

  private String done() {
    return "/agency/payroll-employees.xhtml?faces-redirect=true&account=" + accountId;
  }

  private static String error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    return null;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long v) {
    accountId = v;
  }

  public String getLeavingDate() {
    return leavingDate;
  }

  public void setLeavingDate(String v) {
    leavingDate = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }
}
