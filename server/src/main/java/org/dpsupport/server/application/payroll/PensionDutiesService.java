package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pension.PensionDuties;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployments;
import org.dpsupport.server.infrastructure.persistence.payroll.PensionRecords;
import org.dpsupport.server.security.Viewer;

/**
 * An employer's automatic-enrolment duties over time (The Pensions Regulator's detailed guidance
 * for employers, nos. 1 to 11): when the duties started, the declaration of compliance (due, and
 * recorded when made), the re-enrolment window and the employer's chosen re-enrolment date; and
 * each PA's postponement and opt-out, with the refund of an opt-out within a month of enrolment
 * paid on the next run. For the employer and their agency; changes by the agency's staff, audited.
 */
@ApplicationScoped
public class PensionDutiesService {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Postponement lasts at most three months from the day the PA started (TPR guidance 4). */
  static final int POSTPONEMENT_MONTHS = 3;

  /** The postponement notice is given within six weeks of the PA starting (TPR guidance 4). */
  static final int POSTPONEMENT_NOTICE_WEEKS = 6;

  /** An opt-out within one month of enrolment is refunded (TPR guidance 7, the opt-out period). */
  static final int OPT_OUT_MONTHS = 1;

  /** The dates, and each as a sentence for the pages. */
  public record DutiesView(
      LocalDate dutiesStart,
      LocalDate declarationDue,
      LocalDate declaredOn,
      LocalDate reEnrolmentWindowOpens,
      LocalDate reEnrolmentWindowCloses,
      LocalDate reDeclarationDue,
      LocalDate reEnrolmentDate,
      String started,
      String declaration,
      String reEnrolment) {}

  /** A PA's pension as pages and the API show it, in words too. */
  public record PaPensionView(
      long employmentId,
      long accountId,
      String paName,
      boolean inScheme,
      LocalDate enrolledOn,
      LocalDate postponedUntil,
      LocalDate postponementNoticeOn,
      LocalDate optedOutOn,
      BigDecimal refundDue,
      boolean refundPaid,
      List<String> inWords) {}

  @Inject PayrollAccess access;

  @Inject PayrollEmployments employments;

  @Inject PensionRecords records;

  @Inject AuditLog audit;

  @Inject Clock clock;

  /** Empty until the employer has a PA on the payroll. */
  public Optional<DutiesView> of(Viewer viewer, long accountId) {
    access.employer(viewer, accountId);
    LocalDate today = LocalDate.now(clock);
    PensionRecords.EmployerPension made = records.employer(accountId);
    return employments
        .firstStart(accountId)
        .map(PensionDuties::new)
        .map(
            d -> {
              PensionDuties.ReEnrolment r = d.nextReEnrolment(today);
              LocalDate declaredOn = made == null ? null : made.declaredOn();
              LocalDate chosen = made == null ? null : made.reEnrolmentDate();
              String declaration =
                  declaredOn != null
                      ? "The declaration of compliance was made to The Pensions Regulator on "
                          + DAY.format(declaredOn)
                          + " (it was due by "
                          + DAY.format(d.declarationDue())
                          + ")."
                      : (d.declarationDue().isBefore(today)
                              ? "The declaration of compliance to The Pensions Regulator was due by "
                              : "Declare compliance to The Pensions Regulator by ")
                          + DAY.format(d.declarationDue())
                          + ".";
              String reEnrolment =
                  chosen != null && !chosen.isBefore(r.windowOpens())
                      ? "Re-enrolment date: "
                          + DAY.format(chosen)
                          + ". The pay run on or after it puts back into the pension anyone who"
                          + " left it more than 12 months before; re-declare by "
                          + DAY.format(
                              chosen.plusMonths(PensionDuties.DECLARATION_MONTHS).minusDays(1))
                          + "."
                      : "Re-enrolment: choose a date between "
                          + DAY.format(r.windowOpens())
                          + " and "
                          + DAY.format(r.windowCloses())
                          + " to put back into the pension anyone who left it more than 12 months"
                          + " before, then re-declare within five months (by "
                          + DAY.format(r.reDeclarationDue())
                          + " for a re-enrolment on "
                          + DAY.format(r.anniversary())
                          + ").";
              return new DutiesView(
                  d.dutiesStart(),
                  d.declarationDue(),
                  declaredOn,
                  r.windowOpens(),
                  r.windowCloses(),
                  r.reDeclarationDue(),
                  chosen,
                  "The workplace pension duties started on "
                      + DAY.format(d.dutiesStart())
                      + ", when the first PA started work.",
                  declaration,
                  reEnrolment);
            });
  }

  /**
   * Records that the employer's declaration of compliance was made (the agency's staff, who made it
   * for them): the date it was made, and who recorded it; audited.
   */
  @Transactional
  public DutiesView declare(Viewer viewer, long accountId, LocalDate declaredOn) {
    access.ownAgencyStaff(viewer, accountId);
    PensionDuties duties = duties(accountId);
    if (declaredOn == null) {
      throw bad("Give the date the declaration of compliance was made, like 2027-02-03.");
    }
    LocalDate today = LocalDate.now(clock);
    if (declaredOn.isAfter(today)) {
      throw bad(
          "The declaration date, "
              + DAY.format(declaredOn)
              + ", is in the future. Record the declaration once it has been made.");
    }
    if (declaredOn.isBefore(duties.dutiesStart())) {
      throw bad(
          "The duties started on "
              + DAY.format(duties.dutiesStart())
              + ", so the declaration cannot have been made before then. Check the date.");
    }
    records.declare(accountId, declaredOn, viewer.username(), OffsetDateTime.now(clock));
    audit.record(
        viewer.username(),
        "PENSION_DECLARATION_MADE",
        "PayrollEmployer",
        accountId,
        "declaration of compliance made on "
            + DAY.format(declaredOn)
            + ", due by "
            + DAY.format(duties.declarationDue()));
    return of(viewer, accountId).orElseThrow();
  }

  /**
   * The employer's re-enrolment date, chosen in the window from three months before to three months
   * after the third anniversary of the duties start; audited.
   */
  @Transactional
  public DutiesView chooseReEnrolmentDate(Viewer viewer, long accountId, LocalDate date) {
    access.ownAgencyStaff(viewer, accountId);
    PensionDuties duties = duties(accountId);
    if (date == null) {
      throw bad("Give the re-enrolment date, like 2029-10-05.");
    }
    if (!duties.inReEnrolmentWindow(date)) {
      PensionDuties.ReEnrolment r = duties.nextReEnrolment(LocalDate.now(clock));
      throw bad(
          "The re-enrolment date must be in the window The Pensions Regulator sets: between "
              + DAY.format(r.windowOpens())
              + " and "
              + DAY.format(r.windowCloses())
              + ".");
    }
    records.reEnrolmentDate(accountId, date);
    audit.record(
        viewer.username(),
        "PENSION_RE_ENROLMENT_DATE",
        "PayrollEmployer",
        accountId,
        "re-enrolment date " + DAY.format(date));
    return of(viewer, accountId).orElseThrow();
  }

  /** A PA's pension: the PA, their employer and the employer's agency. */
  public PaPensionView pension(Viewer viewer, long employmentId) {
    PaEmploymentEntity m = access.employment(viewer, employmentId, "Pension");
    return view(m, pa(m));
  }

  /**
   * Postpones a PA's automatic enrolment by notice (agency staff): the notice given within six
   * weeks of the PA starting, to a deferral date at most three months after they started; the PA is
   * assessed, and enrolled if eligible, on the deferral date. Audited.
   */
  @Transactional
  public PaPensionView postpone(
      Viewer viewer, long employmentId, LocalDate noticeOn, LocalDate deferralDate) {
    PaEmploymentEntity m = access.employment(viewer, employmentId, "Pension");
    access.ownAgencyStaff(viewer, m.getAccountId());
    PensionRecords.PaPension p = pa(m);
    LocalDate start = m.getStartDate();
    if (noticeOn == null || deferralDate == null) {
      throw bad("Give the date the postponement notice was given and the deferral date.");
    }
    if (p.enrolledOn() != null) {
      throw conflict(
          m.getPaName()
              + " was enrolled on "
              + DAY.format(p.enrolledOn())
              + ", so enrolment can no longer be postponed.");
    }
    if (noticeOn.isBefore(start) || noticeOn.isAfter(start.plusWeeks(POSTPONEMENT_NOTICE_WEEKS))) {
      throw bad(
          "The postponement notice must be given within six weeks of the PA starting on "
              + DAY.format(start)
              + ": by "
              + DAY.format(start.plusWeeks(POSTPONEMENT_NOTICE_WEEKS))
              + ".");
    }
    if (!deferralDate.isAfter(start)
        || deferralDate.isAfter(start.plusMonths(POSTPONEMENT_MONTHS))) {
      throw bad(
          "Postponement lasts at most three months: choose a deferral date after "
              + DAY.format(start)
              + " and no later than "
              + DAY.format(start.plusMonths(POSTPONEMENT_MONTHS))
              + ".");
    }
    if (deferralDate.isBefore(noticeOn)) {
      throw bad("The deferral date cannot be before the notice was given. Check the dates.");
    }
    records.postpone(employmentId, noticeOn, deferralDate);
    audit.record(
        viewer.username(),
        "PENSION_POSTPONED",
        "PayrollEmployee",
        employmentId,
        "enrolment postponed to "
            + DAY.format(deferralDate)
            + " by notice given on "
            + DAY.format(noticeOn));
    return view(m, pa(m));
  }

  /**
   * Records that a PA left the pension (agency staff, with the date the scheme gives). Within one
   * month of enrolment it is an opt-out: the employee contributions taken from their pay are
   * refunded to them on the next pay run, and no employer contributions are paid for them; after
   * the month it is a cessation, and contributions stay in the scheme. Audited.
   */
  @Transactional
  public PaPensionView optOut(Viewer viewer, long employmentId, LocalDate leftOn, String reason) {
    PaEmploymentEntity m = access.employment(viewer, employmentId, "Pension");
    access.ownAgencyStaff(viewer, m.getAccountId());
    PensionRecords.PaPension p = pa(m);
    if (leftOn == null) {
      throw bad("Give the date the PA left the pension, as the pension scheme gives it.");
    }
    if (reason == null || reason.isBlank()) {
      throw bad("Say how you know (for example: 'Opt-out notice from NEST, received 2 November').");
    }
    if (p.enrolledOn() == null) {
      throw conflict(m.getPaName() + " has not been enrolled in the pension, so cannot leave it.");
    }
    if (p.optedOutOn() != null) {
      throw conflict(
          m.getPaName() + " already left the pension on " + DAY.format(p.optedOutOn()) + ".");
    }
    if (leftOn.isBefore(p.enrolledOn()) || leftOn.isAfter(LocalDate.now(clock))) {
      throw bad(
          "The date must be between the enrolment on "
              + DAY.format(p.enrolledOn())
              + " and today. Check the date the scheme gives.");
    }
    boolean withinMonth = !leftOn.isAfter(p.enrolledOn().plusMonths(OPT_OUT_MONTHS));
    Money refund =
        withinMonth ? records.employeeContributionsSince(employmentId, p.enrolledOn()) : null;
    if (refund != null && refund.isZero()) {
      refund = null;
    }
    records.optOut(employmentId, leftOn, refund);
    audit.record(
        viewer.username(),
        "PENSION_OPTED_OUT",
        "PayrollEmployee",
        employmentId,
        (withinMonth ? "opted out on " : "left the pension (cessation) on ")
            + DAY.format(leftOn)
            + (refund == null
                ? withinMonth ? ", nothing taken from pay to refund" : ", no refund"
                : ", refund of " + refund.formatted() + " due on the next pay run")
            + ": "
            + reason.strip());
    return view(m, pa(m));
  }

  private PensionRecords.PaPension pa(PaEmploymentEntity m) {
    PensionRecords.PaPension p = records.pa(m.getId(), m.getPaName(), m.getStartDate());
    if (p == null) {
      throw PayrollProblem.notFound(
          "This PA's starter checklist is not complete, so they are not on the payroll.");
    }
    return p;
  }

  private PensionDuties duties(long accountId) {
    if (records.employer(accountId) == null) {
      throw conflict("This employer's payroll is not set up yet. Set up the payroll first.");
    }
    return employments
        .firstStart(accountId)
        .map(PensionDuties::new)
        .orElseThrow(
            () ->
                conflict(
                    "No PA is on this employer's payroll yet, so the pension duties have not"
                        + " started."));
  }

  private PaPensionView view(PaEmploymentEntity m, PensionRecords.PaPension p) {
    List<String> words = new ArrayList<>();
    boolean inScheme = p.reliefMethod() != null;
    if (!inScheme) {
      words.add("No workplace pension scheme is recorded for this PA.");
    }
    if (p.postponedUntil() != null) {
      words.add(
          "Enrolment postponed to "
              + DAY.format(p.postponedUntil())
              + " by notice given on "
              + DAY.format(p.postponementNoticeOn())
              + "; the PA is assessed on that date.");
    }
    if (p.enrolledOn() != null) {
      words.add("Enrolled on " + DAY.format(p.enrolledOn()) + ".");
    }
    boolean refundPaid = p.refundRunId() != null;
    if (p.optedOutOn() != null) {
      boolean withinMonth =
          p.enrolledOn() != null
              && !p.optedOutOn().isAfter(p.enrolledOn().plusMonths(OPT_OUT_MONTHS));
      words.add(
          (withinMonth ? "Opted out on " : "Left the pension on ")
              + DAY.format(p.optedOutOn())
              + (withinMonth
                  ? ", within a month of enrolment."
                  : ", more than a month after enrolment: contributions stay in the scheme."));
      if (p.refundDue() != null) {
        words.add(
            "Refund of "
                + p.refundDue().formatted()
                + (refundPaid
                    ? " paid back to the PA on their payslip."
                    : " due to the PA on the next pay run.")
                + " No employer contributions are paid for them.");
      }
    }
    return new PaPensionView(
        m.getId(),
        m.getAccountId(),
        m.getPaName(),
        inScheme,
        p.enrolledOn(),
        p.postponedUntil(),
        p.postponementNoticeOn(),
        p.optedOutOn(),
        p.refundDue() == null ? null : p.refundDue().amount(),
        refundPaid,
        List.copyOf(words));
  }

  private static PayrollProblem bad(String message) {
    return new PayrollProblem(PayrollProblem.Kind.BAD_INPUT, message);
  }

  private static PayrollProblem conflict(String message) {
    return PayrollProblem.conflict(message);
  }
}
