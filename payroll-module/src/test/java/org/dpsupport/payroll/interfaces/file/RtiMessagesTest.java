package org.dpsupport.payroll.interfaces.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayRunCalculator;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employee.NationalInsuranceNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.familypay.FamilyLeave;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.timesheet.RateType;
import org.dpsupport.payroll.domain.model.timesheet.Timesheet;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetEntry;
import org.dpsupport.payroll.domain.service.StatutoryPayRecovery;
import org.dpsupport.payroll.interfaces.file.FullPaymentSubmission.Entry;
import org.dpsupport.payroll.interfaces.file.FullPaymentSubmission.LateReason;
import org.dpsupport.payroll.interfaces.file.FullPaymentSubmission.Reporting;
import org.dpsupport.testresources.rti.RtiSpecs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every FPS and EPS these tests make is a whole GovTalk message with a correct IRmark, valid
 * against HMRC's envelope and the tax year's schema, and (FPS) breaking none of HMRC's business
 * rules. The PAs cover English, Scottish and Welsh codes, BR, D0, K, NT, 0T and W1/M1, NI letters
 * A, B, C, H, J, M, X and Z, student loan plans 1, 2, 4, 5 and postgraduate, starters with each
 * declaration, with a P45 and with none, leavers and a payment after leaving, a PA without an NI
 * number, a £0 irregular-payment PA, and weekly, fortnightly, four-weekly and monthly pay.
 */
class RtiMessagesTest {

  private static final GrossToNetCalculator ENGINE = GrossToNetCalculator.withStandardTaxYears();
  private static final PayPeriod NOVEMBER = PayPeriod.monthly(YearMonth.of(2026, 11), 27);
  private static final PayPeriod MARCH_2026 = PayPeriod.monthly(YearMonth.of(2026, 3), 27);
  private static final LocalDate ON_TIME = LocalDate.of(2026, 11, 20);

  // ---- IRmark

  @Test
  @DisplayName("The IRmark of HMRC's published example message is the one it carries")
  void irMarkOfHmrcExample() throws Exception {
    String example =
        Files.readString(
            RtiSpecs.SPECS.resolve("irmark-example/cis300-monthly-return-with-irmark.xml"));
    assertEquals("NyORVKN9UOqClDiguALmlZmOP6o=", IrMark.carried(example));
    assertEquals("NyORVKN9UOqClDiguALmlZmOP6o=", IrMark.of(example));
    // one figure changed in the body changes the mark
    assertFalse(
        IrMark.of(example.replace("450.33", "450.34")).equals("NyORVKN9UOqClDiguALmlZmOP6o="));
    // the header is outside the mark
    assertEquals(
        "NyORVKN9UOqClDiguALmlZmOP6o=", IrMark.of(example.replace("CISRUSER1028", "SOMEONE")));
  }

  // ---- every PA the tests make

  @TestFactory
  @DisplayName(
      "Every FPS is valid against the envelope and schema, has a correct IRmark and breaks no business rule")
  Stream<DynamicTest> everyFps() {
    return fpsCases().entrySet().stream()
        .map(c -> DynamicTest.dynamicTest(c.getKey(), () -> assertAccepted(c.getValue())));
  }

  @Test
  @DisplayName(
      "The checks catch what HMRC rejects: a regime-prefixed code, a missing plan type, a missing starter declaration")
  void checksCanFail() {
    String fps = monthlyFps(List.of(pa("PA001", "1257L").build()), ON_TIME);
    assertTrue(RtiSpecs.schemaErrors("FullPaymentSubmission", "26-27", fps).isEmpty());
    List<String> errors =
        RtiSpecs.schemaErrors(
            "FullPaymentSubmission", "26-27", fps.replace(">1257L</TaxCode>", ">S1257L</TaxCode>"));
    assertFalse(errors.isEmpty(), "S1257L in TaxCode must fail the schema");
    String starter =
        fps(
            employer(PayFrequency.MONTHLY),
            NOVEMBER,
            List.of(new Pa(pa("PA009", "0T").starter("A").build(), Reporting.NONE, true)),
            ON_TIME);
    assertTrue(starter.contains("<StartDec>A</StartDec>"));
    assertTrue(RtiSpecs.businessRuleErrors("26-27", starter).isEmpty());
    assertFalse(
        RtiSpecs.businessRuleErrors("26-27", starter.replace("<StartDec>A</StartDec>", ""))
            .isEmpty(),
        "a starter without StartDec must break a business rule");
    String noNino = monthlyFps(List.of(pa("PA010", "1257L").noNino().build()), ON_TIME);
    assertTrue(RtiSpecs.businessRuleErrors("26-27", noNino).isEmpty());
    assertFalse(
        RtiSpecs.businessRuleErrors("26-27", noNino.replaceFirst("<Line>[^<]*</Line>", ""))
            .isEmpty(),
        "no NINO and one address line must break a business rule");
  }

  private static Map<String, String> fpsCases() {
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    List<EmployeeRecord> monthly =
        List.of(
            pa("PA001", "1257L").loans(StudentLoanPlan.PLAN_2).build(),
            pa("PA002", "S1257L").category("A").build(),
            pa("PA003", "C1257L").category("M").born(2007, 2, 1).build(),
            pa("PA004", "BR").category("B").born(1958, 6, 1).gender("F").build(),
            pa("PA005", "D0").category("C").born(1955, 1, 9).build(),
            pa("PA006", "K475").category("H").born(2004, 5, 5).build(),
            pa("PA007", "NT").category("J").build(),
            pa("PA008", "0T").w1m1().category("Z").born(2007, 9, 9).starter(null).build(),
            pa("PA011", "1257L").category("X").born(2011, 1, 1).build(),
            pa("PA012", "1257L").loans(StudentLoanPlan.PLAN_1).build(),
            pa("PA013", "1257L")
                .loans(StudentLoanPlan.PLAN_4, StudentLoanPlan.POSTGRADUATE)
                .build(),
            pa("PA014", "1257L").loans(StudentLoanPlan.PLAN_5).build(),
            pa("PA015", "SK100").build(),
            pa("PA016", "CBR").build(),
            pa("PA017", "SD0").build(),
            pa("PA018", "1257LW1").build());
    cases.put("monthly: codes, NI letters and student loans", monthlyFps(monthly, ON_TIME));
    cases.put(
        "starters A, B, C, with a P45 and with nothing recorded",
        fps(
            employer(PayFrequency.MONTHLY),
            NOVEMBER,
            List.of(
                new Pa(pa("ST01", "1257L").starter("A").build(), Reporting.NONE, true),
                new Pa(pa("ST02", "1257L").w1m1().starter("B").build(), Reporting.NONE, true),
                new Pa(pa("ST03", "BR").starter("C").build(), Reporting.NONE, true),
                new Pa(
                    pa("ST04", "1257L").starter(null).build(),
                    new Reporting(true, false, null),
                    true),
                new Pa(pa("ST05", "0T").w1m1().starter(null).build(), Reporting.NONE, true)),
            ON_TIME));
    cases.put(
        "leavers, a payment after leaving, no NI number, a £0 irregular payment, late",
        fps(
            employer(PayFrequency.MONTHLY),
            NOVEMBER,
            List.of(
                new Pa(pa("LV01", "1257L").leaves(2026, 11, 20).build(), Reporting.NONE, false),
                new Pa(
                    pa("LV02", "1257L").leaves(2026, 10, 31).build(),
                    new Reporting(false, true, null),
                    false),
                new Pa(pa("NN01", "1257L").noNino().build(), Reporting.NONE, false),
                new Pa(pa("IR01", "1257L").build(), Reporting.NONE, false, true)),
            LocalDate.of(2026, 12, 1)));
    cases.put(
        "weekly",
        fps(
            employer(PayFrequency.WEEKLY),
            new PayPeriod(
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 6)),
            List.of(new Pa(pa("WK01", "1257L").hours(null).build(), Reporting.NONE, false)),
            ON_TIME.minusDays(15)));
    cases.put(
        "fortnightly",
        fps(
            employer(PayFrequency.FORTNIGHTLY),
            new PayPeriod(
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 13)),
            List.of(new Pa(pa("FN01", "S1257L").build(), Reporting.NONE, false)),
            ON_TIME.minusDays(8)));
    cases.put(
        "four-weekly",
        fps(
            employer(PayFrequency.FOUR_WEEKLY),
            new PayPeriod(
                LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 20)),
            List.of(new Pa(pa("FW01", "C1257L").build(), Reporting.NONE, false)),
            ON_TIME));
    cases.put(
        "2025-26 against HMRC's own schema",
        fps(
            employer(PayFrequency.MONTHLY),
            MARCH_2026,
            List.of(
                new Pa(
                    pa("PY01", "S1257L").loans(StudentLoanPlan.PLAN_2).build(),
                    Reporting.NONE,
                    false),
                new Pa(
                    pa("PY02", "1257L").starter("A").start(2026, 3, 2).build(),
                    Reporting.NONE,
                    true)),
            LocalDate.of(2026, 3, 20)));
    return cases;
  }

  // ---- the FPS rules

  @Test
  @DisplayName("Codes carry their regime and basis apart, student loans their plan type")
  void codesAndPlans() {
    Document d =
        IrMark.parse(
            monthlyFps(
                List.of(
                    pa("PA002", "S1257L").build(),
                    pa("PA003", "C1257LM1").build(),
                    pa("PA012", "1257L")
                        .loans(StudentLoanPlan.PLAN_1, StudentLoanPlan.PLAN_2)
                        .build(),
                    pa("PA014", "1257L").loans(StudentLoanPlan.PLAN_5).build()),
                ON_TIME));
    NodeList codes = d.getElementsByTagNameNS("*", "TaxCode");
    Element scottish = (Element) codes.item(0);
    assertEquals("1257L", scottish.getTextContent());
    assertEquals("S", scottish.getAttribute("TaxRegime"));
    Element welsh = (Element) codes.item(1);
    assertEquals("1257L", welsh.getTextContent());
    assertEquals("C", welsh.getAttribute("TaxRegime"));
    assertEquals("yes", welsh.getAttribute("BasisNonCumulative"));
    NodeList loans = d.getElementsByTagNameNS("*", "StudentLoanRecovered");
    assertEquals(
        "01", ((Element) loans.item(0)).getAttribute("PlanType"), "plan 1 has the lower threshold");
    assertEquals("05", ((Element) loans.item(1)).getAttribute("PlanType"));
  }

  @Test
  @DisplayName("A starter with nothing recorded is C (HMRC's default), never A; a P45 starter is B")
  void starterDefaults() {
    assertEquals(
        "C",
        FullPaymentSubmission.starterDeclaration(
            pa("S", "0T").starter(null).build(), Reporting.NONE));
    assertEquals(
        "B",
        FullPaymentSubmission.starterDeclaration(
            pa("S", "0T").starter(null).build(), new Reporting(true, false, null)));
    assertEquals(
        "A",
        FullPaymentSubmission.starterDeclaration(
            pa("S", "0T").starter("A").build(), new Reporting(true, false, null)));
  }

  @Test
  @DisplayName(
      "HoursWorked: usual weekly hours, or for no fixed hours the average paid a week (66 h a month is band A)")
  void hoursWorked() {
    EmployeeRecord noFixedHours = pa("PA020", "1257L").hours(null).build();
    // 11 weekdays of 6 hours = 66 hours in November: 66 / (52/12) = 15.2 a week
    EmployeePay p =
        run(
                employer(PayFrequency.MONTHLY),
                NOVEMBER,
                List.of(new EmployeeToPay(noFixedHours, shifts(NOVEMBER, 6, 11), null)))
            .get(0);
    assertEquals(
        new BigDecimal("66"), FullPaymentSubmission.hoursPaid(p.result()).stripTrailingZeros());
    assertEquals("A", FullPaymentSubmission.hoursWorked(noFixedHours, p.result()));
    assertEquals(
        "D",
        FullPaymentSubmission.hoursWorked(
            pa("PA021", "1257L").hours(new BigDecimal("37.5")).build(), p.result()));
    assertEquals("B", FullPaymentSubmission.hoursBand(new BigDecimal("16")));
    assertEquals("C", FullPaymentSubmission.hoursBand(new BigDecimal("29.99")));
  }

  @Test
  @DisplayName("The leaving date goes on one FPS; a later payment says it is after leaving")
  void leavingDateOnce() {
    EmployeeRecord leaver = pa("LV01", "1257L").leaves(2026, 11, 20).build();
    String first =
        fps(
            employer(PayFrequency.MONTHLY),
            NOVEMBER,
            List.of(new Pa(leaver, Reporting.NONE, false)),
            ON_TIME);
    assertTrue(first.contains("<LeavingDate>2026-11-20</LeavingDate>"));
    assertFalse(first.contains("PmtAfterLeaving"));
    // reported already, nothing paid: no leaving date again
    String again =
        fps(
            employer(PayFrequency.MONTHLY),
            NOVEMBER,
            List.of(new Pa(leaver, new Reporting(false, true, null), false, true)),
            ON_TIME);
    assertFalse(again.contains("LeavingDate"), again);
    // reported already and paid again afterwards: the date with PmtAfterLeaving
    String after =
        fps(
            employer(PayFrequency.MONTHLY),
            NOVEMBER,
            List.of(
                new Pa(
                    pa("LV02", "1257L").leaves(2026, 10, 31).build(),
                    new Reporting(false, true, null),
                    false)),
            ON_TIME);
    assertTrue(
        after.contains("<LeavingDate>2026-10-31</LeavingDate>")
            && after.contains("<PmtAfterLeaving>yes</PmtAfterLeaving>"));
  }

  @Test
  @DisplayName("A payment reported after its pay day has a late reason; on time it has none")
  void lateReason() {
    List<EmployeeRecord> one = List.of(pa("PA001", "1257L").build());
    assertFalse(monthlyFps(one, NOVEMBER.paymentDate()).contains("LateReason"));
    assertTrue(
        monthlyFps(one, NOVEMBER.paymentDate().plusDays(1)).contains("<LateReason>G</LateReason>"));
    String h =
        fps(
            employer(PayFrequency.MONTHLY),
            NOVEMBER,
            List.of(new Pa(one.get(0), new Reporting(false, false, LateReason.H), false)),
            NOVEMBER.paymentDate().plusDays(3));
    assertTrue(h.contains("<LateReason>H</LateReason>"));
  }

  @Test
  @DisplayName(
      "A PA without an NI number: no NINO on the FPS, date of birth, gender and two address lines; their payslip says not known")
  void withoutNiNumber() throws Exception {
    EmployeeRecord pa = pa("NN01", "1257L").noNino().build();
    String xml = monthlyFps(List.of(pa), ON_TIME);
    Document d = IrMark.parse(xml);
    assertEquals(0, d.getElementsByTagNameNS("*", "NINO").getLength());
    assertEquals(2, d.getElementsByTagNameNS("*", "Line").getLength());
    assertEquals(1, d.getElementsByTagNameNS("*", "BirthDate").getLength());
    assertFalse(pa.niNumber().known());
    assertEquals("not known", pa.niNumber().formatted());
    EmployeePay p =
        run(
                employer(PayFrequency.MONTHLY),
                NOVEMBER,
                List.of(new EmployeeToPay(pa, shifts(NOVEMBER, 6, 5), null)))
            .get(0);
    byte[] pdf =
        PayslipPdf.render(
            new PayslipPdf.Payslip("Margaret Okafor", "123/AB45678", pa, NOVEMBER, p.result()));
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("not known"));
    }
    // a missing number is refused where one is being entered
    assertThrows(IllegalArgumentException.class, () -> NationalInsuranceNumber.parse(" "));
    // one address line is not enough without a NINO: refused in plain words, nothing written
    EmployeeRecord oneLine =
        new EmployeeRecord(
            pa.payId(),
            pa.forename(),
            pa.surname(),
            pa.niNumber(),
            pa.dateOfBirth(),
            pa.gender(),
            List.of("12 Ripple Road"),
            pa.postcode(),
            pa.taxCode(),
            false,
            "A",
            List.of(),
            null,
            pa.rates(),
            pa.usualWeeklyHours(),
            pa.startDate(),
            null,
            "A",
            pa.sortCode(),
            pa.accountNumber(),
            pa.accountName());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> monthlyFps(List.of(oneLine), ON_TIME));
    assertTrue(e.getMessage().contains("two lines of address"), e.getMessage());
  }

  @Test
  @DisplayName("A run with nobody on it has no FPS; names are written in HMRC's character set")
  void nobodyAndNames() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FullPaymentSubmission.render(employer(PayFrequency.MONTHLY), List.of(), ON_TIME));
    assertTrue(e.getMessage().contains("EPS"), e.getMessage());
    assertEquals("Zoe", FullPaymentSubmission.name("Zoë"));
    assertEquals("O'Brien-Sekou", FullPaymentSubmission.name("O’Brien-Sekou"));
  }

  @Test
  @DisplayName(
      "The message is a GovTalk envelope: FPS class, the employer's keys in both headers, the IRmark in the IRheader")
  void envelope() {
    Document d = IrMark.parse(monthlyFps(List.of(pa("PA001", "1257L").build()), ON_TIME));
    Element root = d.getDocumentElement();
    assertEquals("GovTalkMessage", root.getLocalName());
    assertEquals(IrMark.GOVTALK, root.getNamespaceURI());
    assertEquals(
        "HMRC-PAYE-RTI-FPS",
        d.getElementsByTagNameNS(IrMark.GOVTALK, "Class").item(0).getTextContent());
    assertEquals(4, d.getElementsByTagNameNS("*", "Key").getLength());
    Element irmark = (Element) d.getElementsByTagNameNS("*", "IRmark").item(0);
    assertEquals("generic", irmark.getAttribute("Type"));
    assertEquals("Sender", ((Element) irmark.getNextSibling()).getLocalName());
  }

  @Test
  @DisplayName(
      "bin/dps payroll-files on the shared example run writes an FPS and EPS that pass every check")
  void payrollFilesCommand(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path example =
        RtiSpecs.SPECS.resolve("../conformance/payroll-files/example-run.json").normalize();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int exit =
        org.dpsupport.payroll.interfaces.cli.PayrollCli.run(
            new String[] {"payroll-files", example.toString(), dir.resolve("out").toString()},
            new java.io.ByteArrayInputStream(new byte[0]),
            new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true),
            new java.io.PrintStream(err, true));
    assertEquals(0, exit, err.toString());
    String fps = Files.readString(dir.resolve("out/fps.xml"));
    assertAccepted(fps);
    java.nio.file.Path eps = dir.resolve("out/eps.xml");
    if (Files.exists(eps)) {
      String xml = Files.readString(eps);
      String year = xml.contains("/25-26/1") ? "25-26" : "26-27";
      assertEquals(List.of(), RtiSpecs.schemaErrors("EmployerPaymentSummary", year, xml), xml);
      assertEquals(IrMark.of(xml), IrMark.carried(xml));
    }
  }

  // ---- EPS

  @TestFactory
  @DisplayName("Every EPS is valid against the envelope and schema with a correct IRmark")
  Stream<DynamicTest> everyEps() {
    TaxYear y26 = TaxYear.containing(ON_TIME);
    TaxYear y25 = TaxYear.containing(MARCH_2026.paymentDate());
    EmployerDetails care = employer(PayFrequency.MONTHLY);
    return Stream.of(
            new Object[] {
              "no payment in the month",
              EmployerPaymentSummary.render(
                  care, new EmployerPaymentSummary.Month(y26, 8, false, null)),
              "26-27"
            },
            new Object[] {
              "Employment Allowance claimed",
              EmployerPaymentSummary.render(
                  care, new EmployerPaymentSummary.Month(y26, 8, true, null)),
              "26-27"
            },
            new Object[] {
              "statutory pay recovered",
              EmployerPaymentSummary.render(
                  care,
                  new EmployerPaymentSummary.Month(
                      y26,
                      8,
                      true,
                      Map.of(
                          EmployerPaymentSummary.StatutoryPayment.SMP,
                          new EmployerPaymentSummary.Recovered(
                              Money.of("1840.50"), Money.of("156.44"))))),
              "26-27"
            },
            new Object[] {
              "final for the year, 2025-26",
              EmployerPaymentSummary.render(
                  care, new EmployerPaymentSummary.Month(y25, 12, true, null)),
              "25-26"
            })
        .map(
            c ->
                DynamicTest.dynamicTest(
                    (String) c[0],
                    () -> {
                      String xml = (String) c[1];
                      assertEquals(
                          List.of(),
                          RtiSpecs.schemaErrors("EmployerPaymentSummary", (String) c[2], xml));
                      assertEquals(IrMark.of(xml), IrMark.carried(xml));
                      assertTrue(xml.contains("<Class>HMRC-PAYE-RTI-EPS</Class>"));
                    }));
  }

  // ---- statutory family pay

  @Test
  @DisplayName(
      "Maternity pay in November 2026 is a payslip line, SMPYTD on the FPS (valid, no business"
          + " rule broken) and recovered at 108.5% on the EPS under Small Employers' Relief")
  void maternityPayOnFpsAndEps() {
    // due 16 September 2026, SMP from Sunday 30 August, AWE £450: weeks 1-6 at £405.00, then
    // £194.32. November 2026 (1-30 November, paid on the 27th): weeks 10 to 13 whole (1 to 28
    // November, 4 x 194.32 = 777.28) and 2 of week 14's 7 days (29 and 30 November: 194.32 x 2
    // / 7 = 55.52): £832.80
    FamilyLeave smp =
        new FamilyLeave(
            FamilyPayType.SMP,
            LocalDate.of(2026, 9, 16),
            null,
            null,
            LocalDate.of(2024, 5, 1),
            null,
            LocalDate.of(2026, 8, 30),
            0,
            0,
            new BigDecimal("450"),
            true,
            List.of());
    EmployeeRecord mother = pa("MA01", "1257L").gender("F").build();
    EmployerDetails employer = employer(PayFrequency.MONTHLY);
    EmployeePay paid =
        run(
                employer,
                NOVEMBER,
                List.of(
                    new EmployeeToPay(
                        mother,
                        new Timesheet(NOVEMBER.start(), NOVEMBER.end(), List.of()),
                        null,
                        false,
                        BigDecimal.ZERO,
                        List.of(smp))))
            .get(0);
    assertEquals(Money.of("832.80"), paid.result().amountOf("smp"));
    assertEquals(Money.of("832.80"), paid.result().grossPay());
    assertEquals(
        "Statutory Maternity Pay (30 days)", paid.result().line("smp").orElseThrow().description());
    // the year to date adds August, September and October's SMP, each from the same engine
    FiguresToDate before = FiguresToDate.NONE;
    for (PayPeriod month :
        List.of(
            PayPeriod.monthly(YearMonth.of(2026, 8), 27),
            PayPeriod.monthly(YearMonth.of(2026, 9), 27),
            PayPeriod.monthly(YearMonth.of(2026, 10), 27))) {
      before =
          before.plus(
              run(
                      employer,
                      month,
                      List.of(
                          new EmployeeToPay(
                              mother,
                              new Timesheet(month.start(), month.end(), List.of()),
                              null,
                              false,
                              BigDecimal.ZERO,
                              List.of(smp))))
                  .get(0)
                  .result());
    }
    FiguresToDate toDate = before.plus(paid.result());
    Money smpToDate = toDate.statutoryPay(FamilyPayType.SMP);
    String fps =
        FullPaymentSubmission.render(
            employer, List.of(new Entry(mother, paid.result(), toDate, false, false)), ON_TIME);
    assertAccepted(fps);
    assertTrue(fps.contains("<SMPYTD>" + smpToDate + "</SMPYTD>"), fps);
    assertFalse(fps.contains("SPPYTD"));

    var rules = ENGINE.rulesFor(NOVEMBER.paymentDate()).statutoryFamilyPay();
    var recovered =
        StatutoryPayRecovery.recoverAll(rules, Map.of(FamilyPayType.SMP, smpToDate), true);
    String eps =
        EmployerPaymentSummary.render(
            employer,
            new EmployerPaymentSummary.Month(
                TaxYear.containing(ON_TIME), 8, true, EmployerPaymentSummary.recovered(recovered)));
    assertEquals(List.of(), RtiSpecs.schemaErrors("EmployerPaymentSummary", "26-27", eps));
    assertTrue(eps.contains("<SMPRecovered>" + smpToDate + "</SMPRecovered>"), eps);
    Money compensation =
        smpToDate.multipliedBy(new BigDecimal("0.085"), java.math.RoundingMode.HALF_UP);
    assertTrue(
        eps.contains("<NICCompensationOnSMP>" + compensation + "</NICCompensationOnSMP>"), eps);
    // and the schema refuses what HMRC would: a negative recovery
    assertFalse(
        RtiSpecs.schemaErrors(
                "EmployerPaymentSummary",
                "26-27",
                eps.replace("<SMPRecovered>" + smpToDate, "<SMPRecovered>-" + smpToDate))
            .isEmpty());
  }

  @Test
  @DisplayName("Every kind of family pay has its YTD element on the FPS, in the schema's order")
  void everyKindOnTheFps() {
    EmployeeRecord pa = pa("FP01", "1257L").build();
    EmployerDetails employer = employer(PayFrequency.MONTHLY);
    EmployeePay paid =
        run(employer, NOVEMBER, List.of(new EmployeeToPay(pa, shifts(NOVEMBER, 6, 5), null)))
            .get(0);
    Map<FamilyPayType, Money> all = new java.util.EnumMap<>(FamilyPayType.class);
    for (FamilyPayType t : FamilyPayType.values()) {
      all.put(t, Money.of("100.00"));
    }
    FiguresToDate base = FiguresToDate.NONE.plus(paid.result());
    FiguresToDate toDate =
        new FiguresToDate(
            base.taxablePay(),
            base.tax(),
            base.studentLoans(),
            base.postgraduateLoans(),
            base.pensionNetPay(),
            base.earningsForNi(),
            base.atLel(),
            base.lelToPt(),
            base.ptToUel(),
            base.employeeNi(),
            base.employerNi(),
            all);
    String fps =
        FullPaymentSubmission.render(
            employer, List.of(new Entry(pa, paid.result(), toDate, false, false)), ON_TIME);
    // ShPPYTD with no partner details: HMRC's rule only asks for ShPP when partner details are
    // given, not the other way round
    assertAccepted(fps);
    for (String name : List.of("SMPYTD", "SPPYTD", "SAPYTD", "ShPPYTD", "SPBPYTD", "SNCPYTD")) {
      assertTrue(fps.contains("<" + name + ">100.00</" + name + ">"), name);
    }
  }

  @Test
  @DisplayName("An EPS for a month with no payment claims nothing")
  void noPaymentEpsClaimsNothing() {
    String xml =
        EmployerPaymentSummary.render(
            employer(PayFrequency.MONTHLY),
            new EmployerPaymentSummary.Month(TaxYear.containing(ON_TIME), 8, false, null));
    assertTrue(xml.contains("<NoPaymentForPeriod>yes</NoPaymentForPeriod>"));
    assertFalse(xml.contains("EmpAllceInd"));
    assertFalse(xml.contains("RecoverableAmountsYTD"));
  }

  // ---- year end

  @Test
  @DisplayName(
      "The last FPS of 2025-26 and of 2026-27 ends with FinalSubmission/ForYear after the"
          + " employees, valid against each year's schema and breaking no business rule; an"
          + " empty FinalSubmission breaks HMRC's rule 7933")
  void finalFpsOfTheYear() {
    // RTI specification 2025-26, FullPaymentSubmission/FinalSubmission (data items 108, 119 and
    // ForYear): after the Employee elements, with at least one of its children
    for (PayPeriod last : List.of(MARCH_2026, PayPeriod.monthly(YearMonth.of(2027, 3), 27))) {
      EmployerDetails employer = employer(PayFrequency.MONTHLY);
      EmployeeRecord pa = pa("YE01", "1257L").build();
      EmployeePay paid =
          run(employer, last, List.of(new EmployeeToPay(pa, shifts(last, 8, 12), null))).get(0);
      String fps =
          FullPaymentSubmission.render(
              employer,
              List.of(
                  new Entry(
                      pa, paid.result(), FiguresToDate.NONE.plus(paid.result()), false, false)),
              last.paymentDate(),
              true);
      assertAccepted(fps);
      Element body = fpsBody(fps);
      List<String> names = childNames(body);
      assertEquals(List.of("EmpRefs", "RelatedTaxYear", "Employee", "FinalSubmission"), names, fps);
      assertEquals(
          "yes", ((Element) body.getElementsByTagNameNS("*", "ForYear").item(0)).getTextContent());
      String year = fps.contains("/25-26/1") ? "25-26" : "26-27";
      assertFalse(
          RtiSpecs.businessRuleErrors(
                  year,
                  fps.replace("<ForYear>yes</ForYear>", "")
                      .replace("<FinalSubmission></FinalSubmission>", "<FinalSubmission/>"))
              .isEmpty(),
          "a FinalSubmission with nothing in it breaks rule 7933");
      // an ordinary FPS has none
      String ordinary =
          FullPaymentSubmission.render(
              employer,
              List.of(
                  new Entry(
                      pa, paid.result(), FiguresToDate.NONE.plus(paid.result()), false, false)),
              last.paymentDate(),
              false);
      assertFalse(ordinary.contains("FinalSubmission"));
      assertAccepted(ordinary);
    }
  }

  @Test
  @DisplayName(
      "The tax month 12 EPS: final for the year with no payment in the period (valid, after"
          + " RelatedTaxYear); not final when the FPS said it; no other month can be final")
  void finalEpsOfTheYear() {
    TaxYear y25 = TaxYear.containing(MARCH_2026.paymentDate());
    EmployerDetails care = employer(PayFrequency.MONTHLY);
    String noPayment =
        EmployerPaymentSummary.render(
            care, new EmployerPaymentSummary.Month(y25, 12, false, null, true));
    assertEquals(
        List.of(), RtiSpecs.schemaErrors("EmployerPaymentSummary", "25-26", noPayment), noPayment);
    assertEquals(IrMark.of(noPayment), IrMark.carried(noPayment));
    Element eps = epsBody(noPayment);
    assertEquals(
        List.of(
            "EmpRefs", "NoPaymentForPeriod", "NoPaymentDates", "RelatedTaxYear", "FinalSubmission"),
        childNames(eps));
    assertTrue(noPayment.contains("<From>2026-03-06</From>"), noPayment);
    assertTrue(noPayment.contains("<To>2026-04-05</To>"), noPayment);
    assertTrue(noPayment.contains("<ForYear>yes</ForYear>"), noPayment);
    String y27 =
        EmployerPaymentSummary.render(
            care,
            new EmployerPaymentSummary.Month(TaxYear.parse("2026-27"), 12, false, null, true));
    assertEquals(List.of(), RtiSpecs.schemaErrors("EmployerPaymentSummary", "26-27", y27), y27);
    // paid in the month and the FPS said it: the Employment Allowance EPS only
    String claimOnly =
        EmployerPaymentSummary.render(
            care, new EmployerPaymentSummary.Month(y25, 12, true, null, false));
    assertEquals(List.of(), RtiSpecs.schemaErrors("EmployerPaymentSummary", "25-26", claimOnly));
    assertFalse(claimOnly.contains("FinalSubmission"), claimOnly);
    // the schema refuses a FinalSubmission before RelatedTaxYear
    assertFalse(
        RtiSpecs.schemaErrors(
                "EmployerPaymentSummary",
                "25-26",
                noPayment
                    .replace("<RelatedTaxYear>25-26</RelatedTaxYear>", "")
                    .replace(
                        "</FinalSubmission>",
                        "</FinalSubmission><RelatedTaxYear>25-26</RelatedTaxYear>"))
            .isEmpty());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new EmployerPaymentSummary.Month(y25, 11, false, null, true));
    assertTrue(e.getMessage().contains("tax month 12"), e.getMessage());
  }

  private static Element fpsBody(String xml) {
    return (Element) IrMark.parse(xml).getElementsByTagNameNS("*", "FullPaymentSubmission").item(0);
  }

  private static Element epsBody(String xml) {
    return (Element)
        IrMark.parse(xml).getElementsByTagNameNS("*", "EmployerPaymentSummary").item(0);
  }

  private static List<String> childNames(Element e) {
    List<String> names = new ArrayList<>();
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element c && !names.contains(c.getLocalName())) {
        names.add(c.getLocalName());
      }
    }
    return names;
  }

  // ---- helpers

  private static void assertAccepted(String xml) {
    String year = xml.contains("/25-26/1") ? "25-26" : "26-27";
    assertEquals(List.of(), RtiSpecs.schemaErrors("FullPaymentSubmission", year, xml), xml);
    assertEquals(IrMark.of(xml), IrMark.carried(xml));
    assertEquals(List.of(), RtiSpecs.businessRuleErrors(year, xml), xml);
  }

  private record Pa(EmployeeRecord employee, Reporting reporting, boolean first, boolean unpaid) {
    Pa(EmployeeRecord employee, Reporting reporting, boolean first) {
      this(employee, reporting, first, false);
    }
  }

  private static String monthlyFps(List<EmployeeRecord> pas, LocalDate preparedOn) {
    return fps(
        employer(PayFrequency.MONTHLY),
        NOVEMBER,
        pas.stream().map(p -> new Pa(p, Reporting.NONE, false)).toList(),
        preparedOn);
  }

  private static String fps(
      EmployerDetails employer, PayPeriod period, List<Pa> pas, LocalDate preparedOn) {
    List<Entry> entries = new ArrayList<>();
    for (Pa p : pas) {
      Timesheet sheet =
          p.unpaid()
              ? new Timesheet(period.start(), period.end(), List.of())
              : shifts(period, 10, 30);
      EmployeePay paid =
          run(employer, period, List.of(new EmployeeToPay(p.employee(), sheet, null))).get(0);
      entries.add(
          new Entry(
              p.employee(),
              paid.result(),
              FiguresToDate.NONE.plus(paid.result()),
              p.first(),
              p.unpaid(),
              p.reporting()));
    }
    return FullPaymentSubmission.render(employer, entries, preparedOn);
  }

  private static List<EmployeePay> run(
      EmployerDetails employer, PayPeriod period, List<EmployeeToPay> pas) {
    return new PayRunCalculator(ENGINE).calculate(employer, period, pas, BigDecimal.ZERO);
  }

  /** Day shifts of {@code hours} on up to {@code days} weekdays in the period. */
  private static Timesheet shifts(PayPeriod period, int hours, int days) {
    List<TimesheetEntry> entries = new ArrayList<>();
    for (LocalDate d = period.start();
        !d.isAfter(period.end()) && entries.size() < days;
        d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        LocalDateTime start = d.atTime(8, 0);
        entries.add(new TimesheetEntry(start, start.plusHours(hours), RateType.DAY));
      }
    }
    return new Timesheet(period.start(), period.end(), entries);
  }

  static EmployerDetails employer(PayFrequency frequency) {
    return new EmployerDetails(
        "Margaret Okafor",
        "123/AB45678",
        "123PA00045678",
        true,
        frequency,
        frequency == PayFrequency.MONTHLY ? 27 : 5,
        SortCode.parse("40-11-22"),
        BankAccountNumber.parse("31926819"),
        Money.of("12.50"));
  }

  static Builder pa(String payId, String taxCode) {
    return new Builder(payId, taxCode);
  }

  /** A PA with sensible defaults, changed one thing at a time. */
  static final class Builder {
    private final String payId;
    private final String taxCode;
    private boolean w1m1;
    private String category = "A";
    private LocalDate born = LocalDate.of(1985, 4, 12);
    private String gender = "M";
    private List<StudentLoanPlan> loans = List.of();
    private BigDecimal hours = new BigDecimal("37.5");
    private LocalDate start = LocalDate.of(2024, 5, 1);
    private LocalDate leaves;
    private String declaration = "A";
    private boolean nino = true;

    Builder(String payId, String taxCode) {
      this.payId = payId;
      this.taxCode = taxCode;
    }

    Builder w1m1() {
      w1m1 = true;
      return this;
    }

    Builder category(String c) {
      category = c;
      return this;
    }

    Builder born(int y, int m, int d) {
      born = LocalDate.of(y, m, d);
      return this;
    }

    Builder gender(String g) {
      gender = g;
      return this;
    }

    Builder loans(StudentLoanPlan... p) {
      loans = List.of(p);
      return this;
    }

    Builder hours(BigDecimal h) {
      hours = h;
      return this;
    }

    Builder start(int y, int m, int d) {
      start = LocalDate.of(y, m, d);
      return this;
    }

    Builder leaves(int y, int m, int d) {
      leaves = LocalDate.of(y, m, d);
      return this;
    }

    Builder noNino() {
      nino = false;
      return this;
    }

    /** A starter this month with the declaration given (null: none recorded). */
    Builder starter(String d) {
      declaration = d;
      start = LocalDate.of(2026, 11, 2);
      return this;
    }

    EmployeeRecord build() {
      return new EmployeeRecord(
          payId,
          "Zoë",
          "O’Neill-Smith",
          nino
              ? NationalInsuranceNumber.parse(
                  "JK" + String.format("%06d", Math.abs(payId.hashCode()) % 1000000) + "C")
              : NationalInsuranceNumber.NOT_KNOWN,
          born,
          gender,
          List.of("12 Ripple Road", "Barking"),
          "IG11 7PB",
          taxCode,
          w1m1,
          category,
          loans,
          null,
          PayRates.hourly(new BigDecimal("15.00")),
          hours,
          start,
          leaves,
          declaration,
          SortCode.parse("20-00-00"),
          BankAccountNumber.parse("55779911"),
          "Z ONEILL");
    }
  }
}
