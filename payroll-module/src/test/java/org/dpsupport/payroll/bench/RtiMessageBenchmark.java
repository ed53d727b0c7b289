package org.dpsupport.payroll.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dpsupport.payroll.application.BureauFixtures;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayRunCalculator;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.interfaces.file.FiguresToDate;
import org.dpsupport.payroll.interfaces.file.FullPaymentSubmission;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One employer's FPS on one thread as the bureau pay day writes it: two PAs (one a starter), the
 * whole GovTalk message, then the IRmark (parse, inclusive C14N of the Body, SHA-1). Run by
 * bench/rti.sh, never by the unit tests.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RtiMessageBenchmark {

  private EmployerDetails employer;
  private List<FullPaymentSubmission.Entry> entries;
  private final LocalDate preparedOn = BureauFixtures.NOVEMBER.paymentDate();

  @Setup
  public void setUp() {
    employer = BureauFixtures.anEmployer();
    List<EmployeePay> paid =
        new PayRunCalculator(GrossToNetCalculator.withStandardTaxYears())
            .calculate(
                employer,
                BureauFixtures.NOVEMBER,
                List.of(
                    new EmployeeToPay(
                        BureauFixtures.priya(),
                        BureauFixtures.weekdays(BureauFixtures.priya(), 8),
                        null),
                    new EmployeeToPay(
                        BureauFixtures.tom(),
                        BureauFixtures.weekdays(BureauFixtures.tom(), 3),
                        null)),
                BigDecimal.ZERO);
    entries =
        paid.stream()
            .map(
                p ->
                    new FullPaymentSubmission.Entry(
                        p.employee(),
                        p.result(),
                        FiguresToDate.NONE.plus(p.result()),
                        p.employee().payId().equals("PA002"),
                        false))
            .toList();
  }

  @Benchmark
  public String fpsWithIrMark() {
    return FullPaymentSubmission.render(employer, entries, preparedOn);
  }
}
