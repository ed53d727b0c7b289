package org.dpsupport.server.interfaces.web.payroll;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dpsupport.payroll.domain.model.remittance.RemittanceKind;
import org.dpsupport.payroll.domain.model.remittance.RemittancePayment;
import org.dpsupport.server.application.payroll.EmployerService;
import org.dpsupport.server.application.payroll.PayRunService;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.application.payroll.RemittanceService;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * Agency staff's page for an employer's pay runs: whether each run's PAYE and National Insurance
 * and pension contributions are paid, due or overdue, and a form on each finalised run to record
 * the payment (or correct one, with a reason). The rules are {@link RemittanceService}'s.
 */
@Named("runPayments")
@RequestScoped
public class RunPayments {

  @Inject CurrentViewer current;

  @Inject EmployerService employers;

  @Inject PayRunService payRuns;

  @Inject RemittanceService remittances;

  private Long accountId;
  private String employerName;
  private List<PayRunService.RunView> runs;
  private String kind;
  private String paidOn;
  private String reference;
  private String reason;

  @PostConstruct
  void fromLink() {
    accountId = PayrollForms.idParam("account");
  }

  /**
   * Before the page shows: another agency's employer is refused with the 403 page, an unknown one
   * with 404.
   */
  public void load() throws IOException {
    PageRefusal.load(
        accountId,
        "Choose an employer on the payroll page.",
        () -> employerName = employers.employer(current.viewer(), accountId).employerName(),
        null);
  }

  public List<PayRunService.RunView> getRuns() {
    if (runs == null) {
      runs = accountId == null ? List.of() : payRuns.runsOf(current.viewer(), accountId);
    }
    return runs;
  }

  /** True when the run has something to pay over, so the form to record it shows. */
  public boolean owes(PayRunService.RunView r) {
    return "FINALISED".equals(r.status())
        && (!"NOTHING_TO_PAY".equals(r.hmrcPayment().status())
            || !"NOTHING_TO_PAY".equals(r.pensionPayment().status()));
  }

  public String record(long runId) {
    if (kind == null || kind.isBlank()) {
      return PayrollForms.error(
          "Choose what was paid: PAYE and National Insurance to HMRC, or pension"
              + " contributions to the pension scheme.");
    }
    try {
      LocalDate date = paidOn == null || paidOn.isBlank() ? null : LocalDate.parse(paidOn.strip());
      remittances.record(
          current.viewer(),
          runId,
          new RemittancePayment(RemittanceKind.valueOf(kind), date, reference, reason));
      return "/agency/payroll-runs.xhtml?faces-redirect=true&account="
          + accountId
          + "&recorded="
          + runId
          + "&kind="
          + kind;
    } catch (DateTimeParseException e) {
      return PayrollForms.error("Enter the date paid as year-month-day, like 2026-11-20.");
    } catch (IllegalArgumentException e) {
      return PayrollForms.error(
          "Choose what was paid: PAYE and National Insurance to HMRC, or pension"
              + " contributions to the pension scheme.");
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      return PayrollForms.error(e.getMessage());
    }
  }

  /**
   * The payment just recorded ({@code ?recorded=run&kind=HMRC}), in words, read under the viewer's
   * access; or null.
   */
  public String getJustRecorded() {
    Long runId = PayrollForms.idParam("recorded");
    String what =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("kind");
    if (runId == null || !"HMRC".equals(what) && !"PENSION".equals(what)) {
      return null;
    }
    try {
      PayRunService.RunView run = payRuns.run(current.viewer(), runId);
      return ("HMRC".equals(what) ? run.hmrcPayment() : run.pensionPayment()).inWords()
          + ": recorded.";
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      return null;
    }
  }

  /** The employer's name for the heading: read by {@link #load}, or again after a post. */
  public String getEmployerName() {
    if (employerName == null && accountId != null) {
      try {
        employerName = employers.employer(current.viewer(), accountId).employerName();
      } catch (PayrollProblem | RecordAccessDeniedException e) {
        employerName = "";
      }
    }
    return employerName;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long v) {
    accountId = v;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String v) {
    kind = v;
  }

  public String getPaidOn() {
    return paidOn;
  }

  public void setPaidOn(String v) {
    paidOn = v;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String v) {
    reference = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }
}
