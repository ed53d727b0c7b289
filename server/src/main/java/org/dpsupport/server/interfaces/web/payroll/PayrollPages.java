package org.dpsupport.server.interfaces.web.payroll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dpsupport.server.application.payroll.BureauRunService;
import org.dpsupport.server.application.payroll.EmployerService;
import org.dpsupport.server.application.payroll.PayRunService;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.application.payroll.TimesheetService;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * The payroll pages: the agency's bureau (employers and what needs action, starters, the pay day
 * with its progress bar, downloads), the budget holder's timesheets and pay runs, the PA's
 * payslips. Only translates: every rule and access check is in the application services.
 */
@Named("payrollPages")
@RequestScoped
public class PayrollPages {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** An employer's runs with its invoice sentence, for the budget holder. */
  public record EmployerPay(
      EmployerService.EmployerSummary employer,
      List<PayRunService.RunView> runs,
      List<TimesheetService.TimesheetView> timesheets,
      String latestInvoice) {}

  @Inject CurrentViewer current;

  @Inject EmployerService employers;

  @Inject PayRunService payRuns;

  @Inject TimesheetService timesheets;

  @Inject BureauRunService bureau;

  @Inject Clock clock;

  @Inject org.dpsupport.server.application.payroll.YearEndService yearEnd;

  private List<org.dpsupport.server.application.payroll.YearEndService.P60Available> myP60s;

  @Inject org.dpsupport.server.application.payroll.HolidayService holiday;

  private List<org.dpsupport.server.application.payroll.HolidayService.HolidayView> myHoliday;
  private String month;
  private String reason;
  private List<BureauRunService.Progress> bureauRuns;

  // ---- agency

  private EmployerService.EmployerPage employerPage;

  /** The page of employers asked for ({@code ?page=}, from 1), most urgent first, 25 to a page. */
  public EmployerService.EmployerPage getEmployerPage() {
    if (employerPage == null) {
      Long page = PayrollForms.idParam("page");
      employerPage =
          employers.employerPage(
              current.viewer(),
              LocalDate.now(clock),
              page == null ? 1 : (int) Math.min(page, Integer.MAX_VALUE));
    }
    return employerPage;
  }

  private final java.util.Map<
          Long,
          java.util.Optional<
              org.dpsupport.server.application.payroll.PensionDutiesService.DutiesView>>
      duties = new java.util.HashMap<>();

  @Inject org.dpsupport.server.application.payroll.PensionDutiesService pensionDutiesService;

  /** An employer's pension duty dates (read once a request), or null before any PA is paid. */
  public org.dpsupport.server.application.payroll.PensionDutiesService.DutiesView pensionDuties(
      long accountId) {
    return duties
        .computeIfAbsent(accountId, a -> pensionDutiesService.of(current.viewer(), a))
        .orElse(null);
  }

  public List<EmployerService.EmployerSummary> getEmployers() {
    return getEmployerPage().rows();
  }

  /** The link to another page of the employer list. */
  public String employersLink(int page) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/agency/payroll.xhtml?page="
        + page;
  }

  /**
   * The employer just set up, named from the {@code setUp} account id the set-up form redirects
   * with (looked up among the viewer's own employers, so a made-up link shows nothing), or null.
   */
  public String getJustSetUp() {
    String id =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("setUp");
    if (id == null || !id.matches("\\d{1,18}")) {
      return null;
    }
    long accountId = Long.parseLong(id);
    try {
      // through the access check: another agency's employer (a made-up link) names no one
      return employers.employer(current.viewer(), accountId).employerName();
    } catch (org.dpsupport.server.application.payroll.PayrollProblem
        | org.dpsupport.server.security.RecordAccessDeniedException e) {
      return null;
    }
  }

  /**
   * The PA just put on the payroll ({@code ?onboarded=employment&employer=account}), read under the
   * viewer's access.
   */
  public String getJustOnboarded() {
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String employment = params.get("onboarded");
    String account = params.get("employer");
    if (employment == null
        || account == null
        || !employment.matches("\\d{1,18}")
        || !account.matches("\\d{1,18}")) {
      return null;
    }
    try {
      long employmentId = Long.parseLong(employment);
      return employers.employees(current.viewer(), Long.parseLong(account)).stream()
          .filter(e -> e.employmentId() == employmentId)
          .map(EmployerService.Employee::name)
          .findFirst()
          .orElse(null);
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      return null;
    }
  }

  private List<EmployerService.Starter> starters;

  private List<org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity>
      awaitingSetUp;

  /** New starters (read once a request: the page may ask again while it renders). */
  public List<EmployerService.Starter> getStarters() {
    if (starters == null) {
      starters = employers.starters(current.viewer());
    }
    return starters;
  }

  /** Clients awaiting set-up (read once a request). */
  public List<org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity>
      getAwaitingSetUp() {
    if (awaitingSetUp == null) {
      awaitingSetUp = employers.awaitingSetUp(current.viewer());
    }
    return awaitingSetUp;
  }

  public List<BureauRunService.Progress> getBureauRuns() {
    if (bureauRuns == null) {
      bureauRuns = bureau.runs(current.viewer());
    }
    return bureauRuns;
  }

  /** True while a pay day is running, so the page refreshes itself (no JavaScript needed). */
  public boolean isRunning() {
    return getBureauRuns().stream().anyMatch(p -> !p.finished());
  }

  public List<PayRunService.RunView> runsOf(long accountId) {
    return payRuns.runsOf(current.viewer(), accountId);
  }

  /**
   * The latest run of an employer on this page, or none for an employer not paid yet (for the
   * downloads column): read with the page's rows, not one query per row.
   */
  public List<EmployerService.LatestRun> latestRunOf(long accountId) {
    EmployerService.LatestRun run = getEmployerPage().latestRuns().get(accountId);
    return run == null ? List.of() : List.of(run);
  }

  /**
   * The first step: the month is checked and the page asks to confirm, saying how many employers
   * and PAs the pay day will pay. Nothing runs until {@link #confirmPayDay}.
   */
  public String startPayDay() {
    try {
      YearMonth m = YearMonth.parse(month == null ? "" : month.trim());
      preview = bureau.preview(current.viewer(), m);
      if (preview.employers() == 0) {
        preview = null;
        error(
            "payday:month",
            "There is nothing to pay for "
                + MONTH.format(m)
                + ": no employer has approved timesheets waiting. Approve the timesheets first.");
      }
    } catch (java.time.format.DateTimeParseException e) {
      error("payday:month", "Enter the month as year and month, like 2026-11.");
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      error("payday:month", e.getMessage());
    }
    return null;
  }

  /** The second step: the pay day runs for the month confirmed. */
  public String confirmPayDay() {
    try {
      bureau.start(current.viewer(), YearMonth.parse(month == null ? "" : month.trim()), 2, 10);
      return "/agency/payroll.xhtml?faces-redirect=true";
    } catch (java.time.format.DateTimeParseException e) {
      error("payday:month", "Enter the month as year and month, like 2026-11.");
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      error("payday:month", e.getMessage());
    }
    return null;
  }

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private BureauRunService.Preview preview;

  /** The pay day waiting to be confirmed, or null. */
  public BureauRunService.Preview getPreview() {
    return preview;
  }

  public String monthWords(YearMonth m) {
    return m == null ? "" : MONTH.format(m);
  }

  public String stop(long id) {
    bureau.stop(current.viewer(), id);
    return "/agency/payroll.xhtml?faces-redirect=true";
  }

  public String restart(long id) {
    bureau.restart(current.viewer(), id);
    return "/agency/payroll.xhtml?faces-redirect=true";
  }

  // ---- budget holder

  public List<EmployerPay> getMyEmployers() {
    List<EmployerPay> out = new ArrayList<>();
    for (var e : employers.employers(current.viewer(), LocalDate.now(clock))) {
      List<PayRunService.RunView> runs = payRuns.runsOf(current.viewer(), e.accountId());
      String invoice =
          runs.stream()
              .filter(r -> r.status().equals("FINALISED"))
              .findFirst()
              .map(r -> payRuns.invoice(current.viewer(), r.id()).inPlainWords())
              .orElse(null);
      out.add(
          new EmployerPay(
              e, runs, timesheets.forEmployer(current.viewer(), e.accountId()), invoice));
    }
    return out;
  }

  public String approve(long timesheetId) {
    try {
      timesheets.approve(current.viewer(), timesheetId, reason);
      return "/holder/timesheets.xhtml?faces-redirect=true&done=approved&timesheet=" + timesheetId;
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      error(null, e.getMessage());
      return null;
    }
  }

  // ---- personal assistant

  public List<PayRunService.PayslipView> getMyPayslips() {
    return payRuns.myPayslips(current.viewer());
  }

  @Inject org.dpsupport.server.application.payroll.FamilyLeaveService familyLeave;

  private List<org.dpsupport.server.application.payroll.FamilyLeaveService.LeaveView> myLeaves;

  /** The signed-in PA's own family leave and pay, as recorded by the agency. */
  public List<org.dpsupport.server.application.payroll.FamilyLeaveService.LeaveView>
      getMyFamilyLeave() {
    if (myLeaves == null) {
      myLeaves = familyLeave.myLeaves(current.viewer());
    }
    return myLeaves;
  }

  public List<org.dpsupport.server.application.payroll.YearEndService.P60Available> getMyP60s() {
    if (myP60s == null) {
      myP60s = yearEnd.myP60s(current.viewer());
    }
    return myP60s;
  }

  /** The month (2026-11) a pay day falls in, for the EPS link. */
  public String monthOf(LocalDate paymentDate) {
    return java.time.YearMonth.from(paymentDate).toString();
  }

  /** The holiday left to take, over the PA's jobs they have not left. */
  public BigDecimal getHolidayBalance() {
    LocalDate today = LocalDate.now(clock);
    return getMyHoliday().stream()
        .filter(h -> h.leftOn() == null || !h.leftOn().isBefore(today))
        .map(org.dpsupport.server.application.payroll.HolidayService.HolidayView::balanceHours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * How the PA earns holiday and how it is paid, a sentence or two a job ("" before they are on the
   * payroll); a job they left says what was left untaken.
   */
  public String getHolidayHowEarned() {
    LocalDate today = LocalDate.now(clock);
    boolean severalJobs = getMyHoliday().size() > 1;
    return getMyHoliday().stream()
        .map(
            h -> {
              if (h.leftOn() != null && h.leftOn().isBefore(today)) {
                return "With "
                    + h.employerName()
                    + ", the job you left on "
                    + date(h.leftOn())
                    + ": "
                    + org.dpsupport.payroll.domain.service.HolidayAccrual.hours(
                        h.balanceHours() == null ? BigDecimal.ZERO : h.balanceHours())
                    + " of holiday not taken.";
              }
              return "With "
                  + h.employerName()
                  + (severalJobs ? " (since " + date(h.startDate()) + ")" : "")
                  + " you earn holiday at "
                  + h.howEarned()
                  + ". "
                  + h.howPaid();
            })
        .reduce((a, b) -> a + " " + b)
        .orElse("");
  }

  public List<org.dpsupport.server.application.payroll.HolidayService.HolidayView> getMyHoliday() {
    if (myHoliday == null) {
      myHoliday = holiday.mine(current.viewer());
    }
    return myHoliday;
  }

  // ----

  public String date(LocalDate d) {
    return d == null ? "" : d.format(DATE);
  }

  public String money(BigDecimal amount) {
    return org.dpsupport.kernel.Money.format(amount);
  }

  public String status(String s) {
    return s == null
        ? ""
        : s.substring(0, 1) + s.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void error(String field, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  /** The month typed in, or by default the month after the agency's latest finalised pay. */
  public String getMonth() {
    if (month != null) {
      return month;
    }
    if (defaultMonth == null) {
      defaultMonth = bureau.nextMonthToPay(current.viewer()).toString();
    }
    return defaultMonth;
  }

  private String defaultMonth;

  public void setMonth(String month) {
    this.month = month;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
