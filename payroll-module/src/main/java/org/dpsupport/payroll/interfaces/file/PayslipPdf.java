package org.dpsupport.payroll.interfaces.file;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.money.Money;
import org.dpsupport.payroll.domain.model.pay.PayLine;
import org.dpsupport.payroll.domain.model.pay.PayLine.Section;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;

/**
 * A PA's payslip as an accessible (tagged) PDF. It carries what the Employment Rights Act 1996 s.8
 * requires (gross pay, each deduction and what it is for, net pay, and the hours where pay varies
 * with time worked), the employer's costs, the figures to date, and the engine's own explanation of
 * every figure, in the order a screen reader reads it.
 */
public final class PayslipPdf {

  public record Payslip(
      String employerName,
      String payeReference,
      EmployeeRecord employee,
      PayPeriod period,
      PayResult result) {}

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final float[] COLUMNS = {0, 300, 380, 495};
  private static final boolean[] RIGHT = {false, true, true, true};

  private PayslipPdf() {}

  public static String title(Payslip p) {
    return "Payslip for "
        + p.employee().fullName()
        + ", paid "
        + p.period().paymentDate().format(DATE);
  }

  public static byte[] render(Payslip p) {
    PayResult r = p.result();
    EmployeeRecord e = p.employee();
    try (TaggedPdfWriter pdf = new TaggedPdfWriter(title(p), "en-GB")) {
      pdf.heading("H1", title(p), 16);
      pdf.paragraph(
          "Employer: " + p.employerName() + ", PAYE reference " + p.payeReference() + ".", 10);
      pdf.paragraph(
          "Employee: "
              + e.fullName()
              + ", payroll ID "
              + e.payId()
              + ", National Insurance number "
              + e.niNumber().formatted()
              + ", NI category "
              + e.niCategory()
              + ".",
          10);
      pdf.paragraph(
          "Pay period "
              + p.period().start().format(DATE)
              + " to "
              + p.period().end().format(DATE)
              + ", "
              + r.payFrequency().label()
              + ". Tax code "
              + e.taxCode()
              + (e.week1Month1() ? " (week 1/month 1)" : "")
              + ", tax year "
              + r.taxYear()
              + ".",
          10);

      pdf.heading("H2", "Pay", 12);
      pdf.table(rows(r, Section.EARNINGS, Section.NON_TAXABLE), COLUMNS, RIGHT, 10);
      pdf.paragraph("Gross pay: " + r.grossPay().toDisplayString(), 10);

      pdf.heading("H2", "Deductions", 12);
      pdf.table(rows(r, Section.DEDUCTION), COLUMNS, RIGHT, 10);
      pdf.paragraph("Total deductions: " + r.totalDeductions().toDisplayString(), 10);

      pdf.heading("H2", "Net pay: " + r.netPay().toDisplayString(), 14);
      pdf.paragraph(
          "Paid into your bank account on " + p.period().paymentDate().format(DATE) + ".", 10);

      pdf.heading("H2", "Paid by your employer on top of your pay", 12);
      pdf.table(rows(r, Section.EMPLOYER), COLUMNS, RIGHT, 10);

      pdf.heading("H2", "This tax year to date", 12);
      pdf.paragraph(
          "Taxable pay "
              + Money.of(r.yearToDate().taxablePay()).toDisplayString()
              + ". Tax paid "
              + Money.of(r.yearToDate().taxPaid()).toDisplayString()
              + ".",
          10);

      pdf.heading("H2", "How each figure was worked out", 12);
      for (PayLine line : r.lines()) {
        pdf.paragraph(line.description() + ": " + line.basis().text(), 8);
      }
      return pdf.toBytes();
    }
  }

  private static List<String[]> rows(PayResult r, Section... sections) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Item", "Hours", "Rate", "Amount"});
    for (PayLine l : r.lines()) {
      for (Section s : sections) {
        if (l.section() == s) {
          rows.add(
              new String[] {
                l.description(),
                plain(l.quantity()),
                l.rate() == null ? "" : "\u00A3" + l.rate().stripTrailingZeros().toPlainString(),
                l.amount().toDisplayString()
              });
        }
      }
    }
    if (rows.size() == 1) {
      rows.add(new String[] {"None", "", "", Money.ZERO.toDisplayString()});
    }
    return rows;
  }

  private static String plain(BigDecimal quantity) {
    return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
  }
}
