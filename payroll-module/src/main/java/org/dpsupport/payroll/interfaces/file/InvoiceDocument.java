package org.dpsupport.payroll.interfaces.file;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dpsupport.kernel.Money;
import org.dpsupport.kernel.SpreadsheetCells;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.RunTotals;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.model.employer.PostalAddress;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;

/**
 * The payroll agency's invoice to an employer's direct-payment account for one pay run, as a tagged
 * PDF and as CSV: invoice number and date, the agency's and the employer's names and addresses, the
 * period, each PA's pay and the employer's costs for them, the money leaving the account (net pay,
 * HMRC, pension scheme), the agency's fee with its VAT treatment, the total, and when and how each
 * part is paid from the direct-payment account. A payroll bureau's fee is standard-rated (20%)
 * unless the agency is not VAT-registered, which the invoice then says. A draft run's invoice says
 * DRAFT on every page.
 */
public final class InvoiceDocument {

  /** The standard rate of VAT on a payroll bureau's services. */
  public static final BigDecimal STANDARD_RATE = RunTotals.VAT_STANDARD_RATE;

  /** The agency: who sends the invoice, whether it charges VAT, and where its fee is paid. */
  public record Agency(
      String name,
      PostalAddress address,
      boolean vatRegistered,
      String vatNumber,
      SortCode sortCode,
      BankAccountNumber accountNumber) {
    public Agency {
      Objects.requireNonNull(name, "The agency's name is missing.");
      address = address == null ? PostalAddress.NONE : address;
    }
  }

  /** The employer billed and the direct-payment account the money leaves from. */
  public record Billed(
      String name,
      PostalAddress address,
      String accountReference,
      SortCode sortCode,
      BankAccountNumber accountNumber) {
    public Billed {
      Objects.requireNonNull(name, "The employer's name is missing.");
      address = address == null ? PostalAddress.NONE : address;
    }
  }

  /** One PA's line: who, and what their pay costs the employer. */
  public record PaLine(
      String payId,
      String name,
      Money grossPay,
      Money netPay,
      Money employerNi,
      Money employerPension,
      Money employerCost) {

    public static PaLine of(EmployeePay p) {
      PayResult r = p.result();
      return new PaLine(
          p.employee().payId(),
          p.employee().fullName(),
          r.grossPay(),
          r.netPay(),
          r.amountOf("employer-ni"),
          r.amountOf("pension-employer"),
          r.grossPay().plus(r.amountOf("employer-ni")).plus(r.amountOf("pension-employer")));
    }
  }

  /** Everything on the invoice. */
  public record Invoice(
      String number,
      LocalDate issuedOn,
      Agency agency,
      Billed employer,
      PayPeriod period,
      List<PaLine> pas,
      RunTotals totals,
      Money feePerPayslip,
      LocalDate hmrcDueBy,
      LocalDate pensionDueBy,
      boolean draft) {
    public Invoice {
      Objects.requireNonNull(number, "The invoice number is missing.");
      Objects.requireNonNull(issuedOn, "The invoice date is missing.");
      pas = List.copyOf(pas);
      if (!totals
          .agencyFeeVat()
          .equals(RunTotals.vatOn(totals.agencyFee(), agency.vatRegistered()))) {
        throw new IllegalArgumentException(
            "The run's VAT on the fee does not match whether the agency is VAT-registered.");
      }
    }

    /** VAT on the fee: 20% rounded half up to the penny, or none if not VAT-registered. */
    public Money vat() {
      return totals.agencyFeeVat();
    }

    public Money feeWithVat() {
      return totals.feeWithVat();
    }

    /** What the run takes from the direct-payment account, the fee's VAT included. */
    public Money total() {
      return totals.totalCost();
    }

    /** The fee is due on the pay day, with the wages. */
    public LocalDate feeDueBy() {
      return period.paymentDate();
    }
  }

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private InvoiceDocument() {}

  public static String title(Invoice i) {
    return (i.draft() ? "DRAFT: " : "") + plainTitle(i);
  }

  private static String plainTitle(Invoice i) {
    return "Invoice "
        + i.number()
        + " to "
        + i.employer().name()
        + " for pay on "
        + i.period().paymentDate().format(DATE);
  }

  /** In words: the fee's VAT treatment. */
  public static String vatTreatment(Invoice i) {
    if (!i.agency().vatRegistered()) {
      return "No VAT is charged: "
          + i.agency().name()
          + " is not registered for VAT, so its fee is outside the scope of VAT.";
    }
    return "The agency's fee is standard-rated for VAT at 20%"
        + (i.agency().vatNumber() == null || i.agency().vatNumber().isBlank()
            ? ""
            : " (VAT registration number " + i.agency().vatNumber() + ")")
        + ". Wages, tax, National Insurance and pension contributions are not subject to VAT.";
  }

  public static byte[] pdf(Invoice i) {
    RunTotals t = i.totals();
    try (TaggedPdfWriter pdf =
        i.draft()
            ? TaggedPdfWriter.draft(
                plainTitle(i),
                "en-GB",
                "DRAFT: this pay run is not finalised. The figures may change; do not pay from"
                    + " this invoice.")
            : new TaggedPdfWriter(plainTitle(i), "en-GB")) {
      pdf.wrappedHeading("H1", (i.draft() ? "DRAFT " : "") + "Invoice " + i.number(), 16);
      pdf.ruledTable(
          List.of(
              new String[] {"Invoice", "Detail"},
              new String[] {"Invoice number", i.number()},
              new String[] {"Invoice date", i.issuedOn().format(DATE)},
              new String[] {
                "Pay period",
                i.period().start().format(DATE) + " to " + i.period().end().format(DATE)
              },
              new String[] {"Pay day", i.period().paymentDate().format(DATE)}),
          new float[] {0, 495},
          new boolean[] {false, true},
          9);
      pdf.heading("H2", "From", 12);
      pdf.paragraph(i.agency().name() + ", " + i.agency().address().oneLine() + ".", 9);
      pdf.heading("H2", "To", 12);
      pdf.paragraph(
          i.employer().name()
              + ", "
              + i.employer().address().oneLine()
              + "."
              + (i.employer().accountReference() == null
                  ? ""
                  : " Direct payment account " + i.employer().accountReference() + "."),
          9);

      pdf.heading("H2", "Each PA's pay and what it costs you", 12);
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"PA", "Gross pay", "Net pay", "Employer NI", "Pension", "Your cost*"});
      for (PaLine l : i.pas()) {
        rows.add(
            new String[] {
              l.name() + " (" + l.payId() + ")",
              l.grossPay().formatted(),
              l.netPay().formatted(),
              l.employerNi().formatted(),
              l.employerPension().formatted(),
              l.employerCost().formatted()
            });
      }
      if (i.pas().isEmpty()) {
        rows.add(new String[] {"Nobody was paid this period", "", "", "", "", ""});
      }
      pdf.ruledTable(
          rows,
          new float[] {0, 255, 315, 375, 435, 495},
          new boolean[] {false, true, true, true, true, true},
          8);

      pdf.paragraph(
          "* Your cost: gross pay, employer NI and the employer's pension contribution. The"
              + " Employment Allowance claimed reduces what goes to HMRC (below).",
          8);
      pdf.heading("H2", "What leaves your direct-payment account", 12);
      pdf.ruledTable(
          List.of(
              new String[] {"Item", "Amount"},
              new String[] {"Net pay to your PAs", t.netPay().formatted()},
              new String[] {
                "To HMRC: tax, National Insurance and student loans, less Employment Allowance "
                    + t.employmentAllowance().formatted(),
                t.hmrc().formatted()
              },
              new String[] {
                "To the pension scheme (employee and employer)", t.pensions().formatted()
              },
              new String[] {
                "Agency fee: "
                    + t.payslips()
                    + " payslip"
                    + (t.payslips() == 1 ? "" : "s")
                    + " at "
                    + i.feePerPayslip().formatted(),
                t.agencyFee().formatted()
              },
              new String[] {
                i.agency().vatRegistered() ? "VAT at 20% on the agency fee" : "VAT (not charged)",
                i.vat().formatted()
              },
              new String[] {"Total", i.total().formatted()}),
          new float[] {0, 495},
          new boolean[] {false, true},
          9);
      pdf.paragraph(vatTreatment(i), 9);

      pdf.heading("H2", "When and how it is paid", 12);
      String from =
          i.employer().sortCode() == null
              ? "your direct-payment account"
              : "your direct-payment account (sort code "
                  + i.employer().sortCode().formatted()
                  + ", account ending "
                  + last4(i.employer().accountNumber())
                  + ")";
      pdf.paragraph(
          "Net pay "
              + t.netPay().formatted()
              + ": paid by Bacs from "
              + from
              + " so that it reaches your PAs on "
              + i.period().paymentDate().format(DATE)
              + ".",
          9);
      if (t.hmrc().isPositive()) {
        pdf.paragraph(
            "HMRC "
                + t.hmrc().formatted()
                + ": pay from the same account by "
                + (i.hmrcDueBy() == null ? "the 22nd" : i.hmrcDueBy().format(DATE))
                + ", quoting your Accounts Office reference.",
            9);
      }
      if (t.pensions().isPositive()) {
        pdf.paragraph(
            "Pension scheme "
                + t.pensions().formatted()
                + ": pay from the same account by "
                + (i.pensionDueBy() == null
                    ? "the 22nd of next month"
                    : i.pensionDueBy().format(DATE))
                + ".",
            9);
      }
      pdf.paragraph(
          "Agency fee "
              + i.feeWithVat().formatted()
              + ": pay by bank transfer from the same account by "
              + i.feeDueBy().format(DATE)
              + (i.agency().sortCode() == null
                  ? ""
                  : " to "
                      + i.agency().name()
                      + ", sort code "
                      + i.agency().sortCode().formatted()
                      + ", account "
                      + i.agency().accountNumber())
              + ", quoting invoice number "
              + i.number()
              + ".",
          9);
      return pdf.toBytes();
    }
  }

  /** The same invoice as CSV: one row per PA, then one row per item and the total. */
  public static String csv(Invoice i) {
    RunTotals t = i.totals();
    try (StringWriter out = new StringWriter();
        CSVPrinter csv =
            new CSVPrinter(
                out,
                CSVFormat.RFC4180
                    .builder()
                    .setHeader(
                        "InvoiceNumber",
                        "InvoiceDate",
                        "Status",
                        "Line",
                        "PayrollID",
                        "Description",
                        "GrossPay",
                        "NetPay",
                        "EmployerNI",
                        "EmployerPension",
                        "Amount")
                    .build())) {
      String status = i.draft() ? "DRAFT" : "FINAL";
      for (PaLine l : i.pas()) {
        csv.printRecord(
            cells(
                i.number(),
                i.issuedOn(),
                status,
                "PA",
                l.payId(),
                l.name(),
                l.grossPay(),
                l.netPay(),
                l.employerNi(),
                l.employerPension(),
                l.employerCost()));
      }
      item(csv, i, status, "NET_PAY", "Net pay to PAs", t.netPay());
      item(csv, i, status, "HMRC", "Tax, NI and student loans less Employment Allowance", t.hmrc());
      item(csv, i, status, "PENSION", "Pension contributions", t.pensions());
      item(csv, i, status, "FEE", "Agency fee", t.agencyFee());
      item(
          csv,
          i,
          status,
          "VAT",
          i.agency().vatRegistered() ? "VAT at 20% on the fee" : "No VAT: not VAT-registered",
          i.vat());
      item(csv, i, status, "TOTAL", "Total", i.total());
      csv.flush();
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void item(
      CSVPrinter csv, Invoice i, String status, String line, String text, Money amount)
      throws IOException {
    csv.printRecord(
        cells(i.number(), i.issuedOn(), status, line, "", text, "", "", "", "", amount));
  }

  private static Object[] cells(Object... values) {
    Object[] out = new Object[values.length];
    for (int k = 0; k < values.length; k++) {
      Object v = values[k];
      out[k] =
          v == null
              ? ""
              : v instanceof Money m
                  ? m.amount().toPlainString()
                  : SpreadsheetCells.safe(v.toString());
    }
    return out;
  }

  private static String last4(BankAccountNumber n) {
    String s = n == null ? "" : n.toString();
    return s.length() <= 4 ? s : s.substring(s.length() - 4);
  }
}
