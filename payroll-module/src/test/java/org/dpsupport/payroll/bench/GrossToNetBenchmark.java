package org.dpsupport.payroll.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayPeriodInput;
import org.dpsupport.payroll.application.PayPeriodInput.Employer;
import org.dpsupport.payroll.application.PayPeriodInput.PersonalAssistant;
import org.dpsupport.payroll.application.PayPeriodInput.YearToDate;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.pay.ShiftKind;
import org.dpsupport.payroll.domain.model.pay.WorkedShift;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.pension.ReliefMethod;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Full gross to net for one employee-period on one thread: a weekly PA's timesheet (five shifts,
 * one at night), cumulative PAYE, Class 1 NI with Employment Allowance, auto-enrolment with a
 * relief-at-source pension, and a plan 2 student loan. 256 different inputs rotate so nothing is
 * constant-folded. Run by bench/gross-to-net.sh, never by the unit tests.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GrossToNetBenchmark {

  private GrossToNetCalculator calculator;
  private PayPeriodInput[] inputs;
  private int next;

  @Setup
  public void setUp() {
    calculator = GrossToNetCalculator.withStandardTaxYears();
    inputs = new PayPeriodInput[256];
    PayRates rates =
        new PayRates(
            new BigDecimal("12.71"),
            new BigDecimal("13.50"),
            new BigDecimal("14.00"),
            new BigDecimal("19.07"),
            null,
            null,
            null);
    String[] codes = {"1257L", "S1257L", "C1257L", "K100", "BR", "1100L"};
    for (int i = 0; i < inputs.length; i++) {
      LocalDate paid = LocalDate.of(2026, 4, 10).plusWeeks(i % 50);
      List<WorkedShift> shifts = new ArrayList<>();
      for (int d = 0; d < 5; d++) {
        shifts.add(
            new WorkedShift(
                paid.minusDays(d),
                d == 2 ? ShiftKind.NIGHT : ShiftKind.DAY,
                new BigDecimal(6 + (i + d) % 5)));
      }
      int week = i % 50;
      YearToDate ytd =
          new YearToDate(
              "2026-27",
              new BigDecimal(week * 420),
              new BigDecimal(week * 30),
              new BigDecimal(week * 50),
              null);
      inputs[i] =
          new PayPeriodInput(
              paid,
              PayFrequency.WEEKLY,
              null,
              null,
              new PersonalAssistant(
                  "PA-" + i,
                  LocalDate.of(1980 + i % 25, 1 + i % 12, 1),
                  codes[i % codes.length],
                  false,
                  "A",
                  List.of(StudentLoanPlan.PLAN_2),
                  false,
                  false,
                  false),
              new Employer("E-" + i, true),
              rates,
              shifts,
              BigDecimal.ZERO,
              null,
              null,
              List.of(),
              List.of(),
              new PensionMembership(
                  ReliefMethod.RELIEF_AT_SOURCE,
                  new BigDecimal("5"),
                  new BigDecimal("3"),
                  LocalDate.of(2025, 1, 1),
                  LocalDate.of(2025, 4, 1),
                  null,
                  null,
                  null),
              ytd);
    }
  }

  @Benchmark
  public PayResult grossToNet() {
    PayPeriodInput in = inputs[next++ & 255];
    return calculator.calculate(in);
  }
}
