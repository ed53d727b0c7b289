package org.dpsupport.server.interfaces.web.payroll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpsupport.server.application.payroll.EmployerService;
import org.dpsupport.server.application.payroll.PayRunService;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.application.payroll.TimesheetService;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * Agency staff's page for one employer's pay for one month: the month's timesheets (approved on the
 * employer's behalf with a reason), calculate, review each PA's figures and the cost against the
 * budget, acknowledge warnings, approve, finalise, and every payslip. Only translates; the rules
 * are in the services.
 */
@Named("agencyRun")
@RequestScoped
public class AgencyRunPage {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  @Inject CurrentViewer current;

  @Inject EmployerService employers;

  @Inject PayRunService payRuns;

  @Inject TimesheetService timesheets;

  @Inject Clock clock;

  private Long account;
  private String month;
  private YearMonth yearMonth;
  private EmployerService.EmployerView employer;
  private PayRunService.RunView run;
  private List<PayRunService.PayslipView> payslips = List.of();
  private List<TimesheetService.TimesheetView> sheets = List.of();
  private boolean acknowledged;
  private final Map<Long, String> reasons = new LinkedHashMap<>();

  private RuntimeException refused;

  /**
   * Reads the employer and month from the address (or, on a post, the form's hidden fields) and
   * loads them before the form is decoded, so the rows a button sits in exist when it is clicked.
   */
  @jakarta.annotation.PostConstruct
  void init() {
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String a = params.get("account");
    account = a != null && a.matches("\\d{1,18}") ? Long.valueOf(a) : null;
    month = params.get("month");
    if (account == null) {
      return;
    }
    try {
      employer = employers.employer(current.viewer(), account);
      List<PayRunService.RunView> runs = payRuns.runsOf(current.viewer(), account);
      yearMonth = month(runs);
      run =
          runs.stream()
              .filter(r -> YearMonth.from(r.paymentDate()).equals(yearMonth))
              .findFirst()
              .orElse(null);
      payslips = run == null ? List.of() : payRuns.payslipsOfRun(current.viewer(), run.id());
      LocalDate end = yearMonth.atEndOfMonth();
      sheets =
          timesheets.forEmployer(current.viewer(), account).stream()
              .filter(
                  t ->
                      !t.periodEnd().isAfter(end)
                          && (t.payRunId() == null
                              || (run != null && t.payRunId() == run.id())
                              || !t.periodEnd().isBefore(yearMonth.atDay(1))))
              .toList();
    } catch (RecordAccessDeniedException | PayrollProblem e) {
      refused = e;
    }
  }

  /** Before the page renders: 403 for another agency's employer, 404 for none. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (account == null) {
      PageRefusal.send(faces, 404, "Choose an employer from the list.");
    } else if (refused instanceof RecordAccessDeniedException) {
      PageRefusal.send(faces, 403, refused.getMessage());
    } else if (refused != null) {
      PageRefusal.send(faces, 404, refused.getMessage());
    }
  }

  /**
   * The month asked for, else the month after the latest finalised run (the next to pay), else this
   * month.
   */
  private YearMonth month(List<PayRunService.RunView> runs) {
    if (month != null && month.matches("\\d{4}-\\d{2}")) {
      try {
        return YearMonth.parse(month);
      } catch (java.time.format.DateTimeParseException e) {
        // fall through to the default
      }
    }
    return runs.stream()
        .filter(r -> "FINALISED".equals(r.status()))
        .map(r -> YearMonth.from(r.paymentDate()).plusMonths(1))
        .findFirst()
        .orElse(YearMonth.now(clock));
  }

  public String calculate() {
    return act(() -> payRuns.calculate(current.viewer(), account, yearMonth()), "calculated");
  }

  public String approve() {
    return act(() -> payRuns.approve(current.viewer(), run.id(), acknowledged), "approved");
  }

  public String finalise() {
    return act(() -> payRuns.finalise(current.viewer(), run.id()), "finalised");
  }

  public String approveTimesheet(long timesheetId) {
    return act(
        () -> timesheets.approve(current.viewer(), timesheetId, reasons.get(timesheetId)),
        "timesheet");
  }

  private YearMonth yearMonth() {
    return yearMonth;
  }

  private String act(Runnable action, String done) {
    try {
      action.run();
      return "/agency/payroll-run.xhtml?faces-redirect=true&account="
          + account
          + "&month="
          + yearMonth
          + "&done="
          + done;
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
  }

  /** The confirmation after a redirect. */
  public String getDone() {
    String done =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("done");
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "calculated" ->
          "The pay is calculated. Check each PA's figures below, then approve the run.";
      case "approved" -> "The run is approved. Finalise it to pay the PAs and tell HMRC.";
      case "finalised" ->
          "The run is finalised: the payslips, FPS, BACS and pension files are ready.";
      case "timesheet" -> "The timesheet is approved on the employer's behalf.";
      default -> null;
    };
  }

  /** The months around the one shown, for moving between them. */
  public String monthLink(int delta) {
    YearMonth m = yearMonth.plusMonths(delta);
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/agency/payroll-run.xhtml?account="
        + account
        + "&month="
        + m;
  }

  public String monthWords(int delta) {
    return MONTH.format(yearMonth.plusMonths(delta));
  }

  public String getMonthWords() {
    return MONTH.format(yearMonth);
  }

  /** The employer's cost against the monthly budget, in words. */
  public String getAgainstBudget() {
    if (run == null || employer == null || employer.monthlyBudget() == null) {
      return "";
    }
    BigDecimal left = employer.monthlyBudget().subtract(run.totalCost());
    return left.signum() >= 0
        ? money(left) + " left of the monthly budget of " + money(employer.monthlyBudget())
        : money(left.negate())
            + " more than the monthly budget of "
            + money(employer.monthlyBudget())
            + ": tell the employer and their council";
  }

  public boolean isOverBudget() {
    return run != null
        && employer != null
        && employer.monthlyBudget() != null
        && employer.monthlyBudget().compareTo(run.totalCost()) < 0;
  }

  public List<PayRunService.PayslipView> getWarnings() {
    return payslips.stream().filter(p -> p.warning() != null).toList();
  }

  public String status(String s) {
    if (s == null) {
      return "";
    }
    return switch (s) {
      case "DRAFT" -> "Draft";
      case "CALCULATED" -> "Calculated: to review";
      case "APPROVED" -> "Approved: to finalise";
      case "FINALISED" -> "Finalised";
      case "SUBMITTED" -> "Waiting for approval";
      case "APPROVED_SHEET" -> "Approved";
      default -> s.charAt(0) + s.substring(1).toLowerCase(Locale.UK).replace('_', ' ');
    };
  }

  public String tag(String s) {
    return switch (s == null ? "" : s) {
      case "FINALISED" -> "govuk-tag--green";
      case "APPROVED" -> "govuk-tag--blue";
      case "CALCULATED", "SUBMITTED" -> "govuk-tag--yellow";
      default -> "govuk-tag--grey";
    };
  }

  public String money(BigDecimal amount) {
    return org.dpsupport.kernel.Money.format(amount);
  }

  public String date(LocalDate d) {
    return d == null ? "" : d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
  }

  public Long getAccount() {
    return account;
  }

  public void setAccount(Long account) {
    this.account = account;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getYearMonth() {
    return yearMonth == null ? "" : yearMonth.toString();
  }

  public EmployerService.EmployerView getEmployer() {
    return employer;
  }

  public PayRunService.RunView getRun() {
    return run;
  }

  public List<PayRunService.PayslipView> getPayslips() {
    return payslips;
  }

  public List<TimesheetService.TimesheetView> getSheets() {
    return sheets;
  }

  public boolean isAcknowledged() {
    return acknowledged;
  }

  public void setAcknowledged(boolean acknowledged) {
    this.acknowledged = acknowledged;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
