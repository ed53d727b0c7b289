package org.dpsupport.payroll.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employee.NationalInsuranceNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.pension.ReliefMethod;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.timesheet.RateType;
import org.dpsupport.payroll.domain.model.timesheet.Timesheet;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetEntry;

/** One care employer with two PAs paid monthly on the 28th, for tests of the run and its files. */
public final class BureauFixtures {

  public static final PayPeriod NOVEMBER = PayPeriod.monthly(java.time.YearMonth.of(2026, 11), 28);

  private BureauFixtures() {}

  public static EmployerDetails anEmployer() {
    return new EmployerDetails(
        "Margaret Okafor",
        "123/AB45678",
        "123PA00045678",
        true,
        PayFrequency.MONTHLY,
        28,
        SortCode.parse("40-11-22"),
        BankAccountNumber.parse("31926853"),
        Money.of("12.50"));
  }

  public static EmployeeRecord priya() {
    return new EmployeeRecord(
        "PA001",
        "Priya",
        "Shah",
        NationalInsuranceNumber.parse("JK123456C"),
        LocalDate.of(1990, 3, 14),
        "F",
        List.of("12 Ripple Road", "Barking"),
        "IG11 7PB",
        "1257L",
        false,
        "A",
        List.of(),
        new PensionMembership(
            ReliefMethod.RELIEF_AT_SOURCE,
            new BigDecimal("5"),
            new BigDecimal("3"),
            LocalDate.of(2025, 11, 3),
            LocalDate.of(2025, 11, 3),
            null,
            null,
            null),
        new PayRates(
            new BigDecimal("13.00"),
            new BigDecimal("14.00"),
            new BigDecimal("14.50"),
            new BigDecimal("19.50"),
            null,
            new BigDecimal("60.00"),
            null),
        new BigDecimal("37.5"),
        LocalDate.of(2025, 11, 3),
        null,
        "A",
        SortCode.parse("20-00-00"),
        BankAccountNumber.parse("55780098"),
        "P SHAH");
  }

  public static EmployeeRecord tom() {
    return new EmployeeRecord(
        "PA002",
        "Tom",
        "Baker",
        NationalInsuranceNumber.parse("AB987654A"),
        LocalDate.of(2001, 7, 2),
        "M",
        List.of("3 Gale Street", "Dagenham"),
        "RM9 4NH",
        "1257L",
        true,
        "A",
        List.of(),
        null,
        PayRates.hourly(new BigDecimal("12.71")),
        new BigDecimal("12"),
        LocalDate.of(2026, 10, 19),
        null,
        "B",
        SortCode.parse("30-94-57"),
        BankAccountNumber.parse("1234567"),
        "T BAKER");
  }

  /** Weekday day shifts of the given length through November 2026 (21 weekdays). */
  public static Timesheet weekdays(EmployeeRecord pa, int hoursPerDay) {
    List<TimesheetEntry> entries = new ArrayList<>();
    for (LocalDate d = NOVEMBER.start(); !d.isAfter(NOVEMBER.end()); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        LocalDateTime start = d.atTime(9, 0);
        entries.add(new TimesheetEntry(start, start.plusHours(hoursPerDay), RateType.DAY));
      }
    }
    return Timesheet.of(
        NOVEMBER.start(), NOVEMBER.end(), pa.startDate(), pa.leavingDate(), x -> false, entries);
  }
}
