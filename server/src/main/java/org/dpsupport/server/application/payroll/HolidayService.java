package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.HolidayRecords;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployeeEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployerEntity;
import org.dpsupport.server.security.Viewer;

/**
 * A PA's paid holiday per employment, as the finalised pay runs recorded it: the balance left to
 * take, how it is earned, and each run's entry (hours worked, earned, taken, balance after). Pay
 * runs write the entries ({@link PayRunService}); this only reads them.
 */
@ApplicationScoped
public class HolidayService {

  /** One employment's holiday. */
  public record HolidayView(
      long employmentId,
      String employerName,
      boolean irregularHours,
      String howEarned,
      BigDecimal balanceHours,
      BigDecimal hoursWorked,
      BigDecimal accruedHours,
      BigDecimal takenHours,
      List<Entry> entries) {}

  /** One finalised pay run's holiday. */
  public record Entry(
      long payRunId,
      LocalDate paymentDate,
      BigDecimal hoursWorked,
      BigDecimal accruedHours,
      BigDecimal takenHours,
      BigDecimal balanceAfter,
      String explanation) {}

  @Inject HolidayRecords records;

  @Inject PayrollAccess access;

  /** The signed-in PA's holiday in each of their employments on the payroll. */
  public List<HolidayView> mine(Viewer viewer) {
    return records.employmentsOnPayroll(viewer.userId()).stream().map(this::view).toList();
  }

  /** One employment's holiday, for the PA, their employer or the agency. */
  public HolidayView of(Viewer viewer, long employmentId) {
    PaEmploymentEntity m = access.employment(viewer, employmentId, "Holiday");
    if (records.employee(employmentId) == null) {
      throw PayrollProblem.notFound(
          "This PA is not on the payroll yet, so no holiday has been recorded.");
    }
    return view(m);
  }

  private HolidayView view(PaEmploymentEntity m) {
    PayrollEmployeeEntity p = records.employee(m.getId());
    PayrollEmployerEntity employer = records.employer(m.getAccountId());
    List<Entry> entries =
        records.finalisedOf(m.getId()).stream()
            .map(
                h ->
                    new Entry(
                        h.getPayRunId(),
                        h.getPaymentDate(),
                        h.getHoursWorked(),
                        h.getAccruedHours(),
                        h.getTakenHours(),
                        h.getBalanceAfter(),
                        h.getExplanation()))
            .toList();
    return new HolidayView(
        m.getId(),
        employer == null ? m.getPaName() : employer.getEmployerName(),
        p.isIrregularHours(),
        p.isIrregularHours()
            ? "12.07% of the hours you work (you work irregular hours)"
            : "5.6 weeks a year of your usual weekly hours, a share each pay day",
        p.getHolidayBalanceHours(),
        entries.stream().map(Entry::hoursWorked).reduce(BigDecimal.ZERO, BigDecimal::add),
        entries.stream().map(Entry::accruedHours).reduce(BigDecimal.ZERO, BigDecimal::add),
        entries.stream().map(Entry::takenHours).reduce(BigDecimal.ZERO, BigDecimal::add),
        entries);
  }
}
