package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployers;
import org.dpsupport.server.security.AccessPolicy;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Per-record access for payroll: an employer's records follow its direct-payment account (holder,
 * nominee, the agency's staff, the council's officers); a PA reaches only their own employment,
 * timesheets and payslips. Every refusal is audited.
 */
@ApplicationScoped
public class PayrollAccess {

  @Inject PayrollEmployers books;

  @Inject AuditLog audit;

  /** The employer's account, if the viewer may see it. */
  public DirectPaymentAccountEntity employer(Viewer viewer, long accountId) {
    DirectPaymentAccountEntity account =
        books
            .account(accountId)
            .orElseThrow(() -> PayrollProblem.notFound("There is no employer " + accountId + "."));
    if (!AccessPolicy.canSeeAccount(viewer, account.ownership())) {
      audit.recordRefusal(
          viewer.username(), "PayrollEmployer", accountId, "not the viewer's employer");
      throw new RecordAccessDeniedException(
          "This employer's payroll is not one you look after, so you cannot see it.");
    }
    return account;
  }

  /** The employment, if the viewer is the PA or may see the employer. */
  public PaEmploymentEntity employment(Viewer viewer, long employmentId, String subject) {
    PaEmploymentEntity employment =
        books
            .employment(employmentId)
            .orElseThrow(
                () -> PayrollProblem.notFound("There is no employment " + employmentId + "."));
    DirectPaymentAccountEntity account = books.account(employment.getAccountId()).orElseThrow();
    long paUser = employment.getPaUserId() == null ? -1 : employment.getPaUserId();
    if (!AccessPolicy.canSeeEmployment(viewer, paUser, account.ownership())) {
      audit.recordRefusal(viewer.username(), subject, employmentId, "not the viewer's employment");
      throw new RecordAccessDeniedException(
          "This is another person's "
              + subject.toLowerCase(java.util.Locale.ROOT)
              + ", so you cannot see it.");
    }
    return employment;
  }

  /**
   * Who may approve a timesheet: the budget holder or their nominee, or the agency's staff on their
   * behalf (with a reason). Officers may look but not approve; a PA never approves their own.
   */
  public void checkCanApprove(
      Viewer viewer, DirectPaymentAccountEntity account, long timesheetId, String reason) {
    var o = account.ownership();
    boolean holder =
        viewer.has(Role.BUDGET_HOLDER)
            && (o.holderUserId() == viewer.userId()
                || o.nomineeUserId().map(id -> id == viewer.userId()).orElse(false));
    boolean agency =
        viewer.has(Role.PAYROLL_STAFF)
            && viewer.agencyId().isPresent()
            && viewer.agencyId().equals(o.agencyId());
    if (!holder && !agency && !viewer.has(Role.ADMIN)) {
      audit.recordRefusal(viewer.username(), "Timesheet", timesheetId, "not the viewer's employer");
      throw new RecordAccessDeniedException(
          "Only the employer, their nominee or their payroll agency can approve"
              + " this timesheet.");
    }
    if (!holder && (reason == null || reason.isBlank())) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "You are approving on the employer's behalf, so say"
              + " why (for example: 'Employer in hospital; hours confirmed by phone with their daughter').");
    }
  }

  /**
   * The employer's account, if the viewer is on the staff of the employer's own payroll agency:
   * what only the agency does for its employers (recording that HMRC or the pension scheme was
   * paid). A budget holder, an officer or another agency's staff is refused, and the refusal
   * audited.
   */
  public DirectPaymentAccountEntity ownAgencyStaff(Viewer viewer, long accountId) {
    DirectPaymentAccountEntity account = employer(viewer, accountId);
    if (!AccessPolicy.isOwnAgencyStaff(viewer, account.ownership())) {
      audit.recordRefusal(
          viewer.username(), "PayrollEmployer", accountId, "not the employer's agency staff");
      throw new RecordAccessDeniedException(
          "Only the staff of this employer's payroll agency can do this.");
    }
    return account;
  }

  /** Agency staff (or an administrator) act for the bureau; the agency is the viewer's own. */
  public long agencyOf(Viewer viewer) {
    if (!viewer.has(Role.PAYROLL_STAFF) || viewer.agencyId().isEmpty()) {
      audit.recordRefusal(viewer.username(), "PayrollAgency", null, "not agency staff");
      throw new RecordAccessDeniedException("Only a payroll agency's staff can do this.");
    }
    return viewer.agencyId().get();
  }
}
