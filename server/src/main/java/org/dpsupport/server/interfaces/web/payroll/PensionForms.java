package org.dpsupport.server.interfaces.web.payroll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import org.dpsupport.kernel.RuleException;
import org.dpsupport.server.application.payroll.PensionDutiesService;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.FormInput;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * Auto-enrolment over time on the agency's pages: a PA's pension on {@code
 * /agency/payroll-pension.xhtml?employment=…} (postpone enrolment by notice, record an opt-out or
 * leaving), and the employer's declaration of compliance on the PAs page. Every field checked at
 * once (GOV.UK error summary), then the service's own checks.
 */
@Named("pensionForms")
@RequestScoped
public class PensionForms {

  @Inject CurrentViewer current;

  @Inject PensionDutiesService pensions;

  private Long employmentId;
  private PensionDutiesService.PaPensionView pension;
  private String leftDay;
  private String leftMonth;
  private String leftYear;
  private String reason;
  private String noticeDay;
  private String noticeMonth;
  private String noticeYear;
  private String deferralDay;
  private String deferralMonth;
  private String deferralYear;
  private String declaredDay;
  private String declaredMonth;
  private String declaredYear;

  /** The PA's pension before the page renders; 403 or 404 as the page's answer. */
  public void load() throws IOException {
    if (employmentId == null) {
      employmentId = PayrollForms.idParam("employment");
    }
    String choose = "Choose a PA from the employer's list.";
    PageRefusal.load(
        employmentId,
        choose,
        () -> pension = pensions.pension(current.viewer(), employmentId),
        choose);
  }

  /** Records that the PA left the pension; back to this page with what follows from it. */
  public String optOut() {
    FormInput.Read<LocalDate> left =
        FormInput.date(leftDay, leftMonth, leftYear, "the date the PA left the pension");
    if (!left.ok()) {
      FormErrors.add("optout:leftOn:day", left.error());
    }
    if (reason == null || reason.isBlank()) {
      FormErrors.add("optout:reason", "Say how you know the PA left the pension");
    }
    if (FormErrors.any()) {
      return null;
    }
    return done(
        () -> pensions.optOut(current.viewer(), employmentId, left.value(), reason), "left");
  }

  /** Postpones the PA's enrolment by notice; back to this page. */
  public String postpone() {
    FormInput.Read<LocalDate> notice =
        FormInput.date(noticeDay, noticeMonth, noticeYear, "the date the notice was given");
    FormInput.Read<LocalDate> deferral =
        FormInput.date(deferralDay, deferralMonth, deferralYear, "the deferral date");
    if (!notice.ok()) {
      FormErrors.add("postpone:noticeOn:day", notice.error());
    }
    if (!deferral.ok()) {
      FormErrors.add("postpone:deferral:day", deferral.error());
    }
    if (FormErrors.any()) {
      return null;
    }
    return done(
        () -> pensions.postpone(current.viewer(), employmentId, notice.value(), deferral.value()),
        "postponed");
  }

  /** Records the employer's declaration of compliance; back to the PAs page. */
  public String declare(long accountId) {
    FormInput.Read<LocalDate> on =
        FormInput.date(declaredDay, declaredMonth, declaredYear, "the date of the declaration");
    if (!on.ok()) {
      FormErrors.add("declare:declaredOn:day", on.error());
      return null;
    }
    try {
      pensions.declare(current.viewer(), accountId, on.value());
      return "/agency/payroll-employees.xhtml?faces-redirect=true&account="
          + accountId
          + "&done=declared";
    } catch (RuleException | RecordAccessDeniedException e) {
      FormErrors.add("declare:declaredOn:day", withoutFullStop(e.getMessage()));
      return null;
    }
  }

  private String done(
      java.util.function.Supplier<PensionDutiesService.PaPensionView> act, String what) {
    try {
      act.get();
      return "/agency/payroll-pension.xhtml?faces-redirect=true&employment="
          + employmentId
          + "&done="
          + what;
    } catch (RuleException | RecordAccessDeniedException e) {
      FormErrors.add(null, withoutFullStop(e.getMessage()));
      return null;
    }
  }

  private static String withoutFullStop(String m) {
    return m != null && m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }

  /** The confirmation after a form sent the person back here. */
  public String getDone() {
    String done =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("done");
    if ("left".equals(done)) {
      return "Leaving the pension has been recorded.";
    }
    return "postponed".equals(done) ? "The postponement has been recorded." : null;
  }

  /**
   * The PA's pension; on a postback it is read here, before the view action runs, so the forms
   * rendered only for some states are there to take their submit. A refusal is left to the view
   * action.
   */
  public PensionDutiesService.PaPensionView getPension() {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    if (pension == null && faces != null && faces.isPostback()) {
      if (employmentId == null) {
        employmentId = PayrollForms.idParam("employment");
      }
      if (employmentId != null) {
        try {
          pension = pensions.pension(current.viewer(), employmentId);
        } catch (RuleException | RecordAccessDeniedException e) {
          pension = null;
        }
      }
    }
    return pension;
  }

  public Long getEmploymentId() {
    return employmentId;
  }

  public void setEmploymentId(Long v) {
    employmentId = v;
  }

  public String getLeftDay() {
    return leftDay;
  }

  public void setLeftDay(String v) {
    leftDay = v;
  }

  public String getLeftMonth() {
    return leftMonth;
  }

  public void setLeftMonth(String v) {
    leftMonth = v;
  }

  public String getLeftYear() {
    return leftYear;
  }

  public void setLeftYear(String v) {
    leftYear = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }

  public String getNoticeDay() {
    return noticeDay;
  }

  public void setNoticeDay(String v) {
    noticeDay = v;
  }

  public String getNoticeMonth() {
    return noticeMonth;
  }

  public void setNoticeMonth(String v) {
    noticeMonth = v;
  }

  public String getNoticeYear() {
    return noticeYear;
  }

  public void setNoticeYear(String v) {
    noticeYear = v;
  }

  public String getDeferralDay() {
    return deferralDay;
  }

  public void setDeferralDay(String v) {
    deferralDay = v;
  }

  public String getDeferralMonth() {
    return deferralMonth;
  }

  public void setDeferralMonth(String v) {
    deferralMonth = v;
  }

  public String getDeferralYear() {
    return deferralYear;
  }

  public void setDeferralYear(String v) {
    deferralYear = v;
  }

  public String getDeclaredDay() {
    return declaredDay;
  }

  public void setDeclaredDay(String v) {
    declaredDay = v;
  }

  public String getDeclaredMonth() {
    return declaredMonth;
  }

  public void setDeclaredMonth(String v) {
    declaredMonth = v;
  }

  public String getDeclaredYear() {
    return declaredYear;
  }

  public void setDeclaredYear(String v) {
    declaredYear = v;
  }
}
