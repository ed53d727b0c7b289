package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.dpsupport.payroll.domain.model.pension.PensionDuties;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployments;
import org.dpsupport.server.security.Viewer;

/**
 * An employer's automatic-enrolment dates (The Pensions Regulator): when the duties started, when
 * the declaration of compliance is due, and the next re-enrolment window with its re-declaration,
 * for the employer and their agency.
 */
@ApplicationScoped
public class PensionDutiesService {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The dates, and each as a sentence for the pages. */
  public record DutiesView(
      LocalDate dutiesStart,
      LocalDate declarationDue,
      LocalDate reEnrolmentWindowOpens,
      LocalDate reEnrolmentWindowCloses,
      LocalDate reDeclarationDue,
      String started,
      String declaration,
      String reEnrolment) {}

  @Inject PayrollAccess access;

  @Inject PayrollEmployments employments;

  @Inject Clock clock;

  /** Empty until the employer has a PA on the payroll. */
  public Optional<DutiesView> of(Viewer viewer, long accountId) {
    access.employer(viewer, accountId);
    LocalDate today = LocalDate.now(clock);
    return employments
        .firstStart(accountId)
        .map(PensionDuties::new)
        .map(
            d -> {
              PensionDuties.ReEnrolment r = d.nextReEnrolment(today);
              return new DutiesView(
                  d.dutiesStart(),
                  d.declarationDue(),
                  r.windowOpens(),
                  r.windowCloses(),
                  r.reDeclarationDue(),
                  "The workplace pension duties started on "
                      + DAY.format(d.dutiesStart())
                      + ", when the first PA started work.",
                  (d.declarationDue().isBefore(today)
                          ? "The declaration of compliance to The Pensions Regulator was due by "
                          : "Declare compliance to The Pensions Regulator by ")
                      + DAY.format(d.declarationDue())
                      + ".",
                  "Re-enrolment: choose a date between "
                      + DAY.format(r.windowOpens())
                      + " and "
                      + DAY.format(r.windowCloses())
                      + " to put back into the pension anyone who left it more than 12 months"
                      + " before, then re-declare within five months (by "
                      + DAY.format(r.reDeclarationDue())
                      + " for a re-enrolment on "
                      + DAY.format(r.anniversary())
                      + ").");
            });
  }
}
