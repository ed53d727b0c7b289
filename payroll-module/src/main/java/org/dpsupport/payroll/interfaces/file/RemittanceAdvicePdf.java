package org.dpsupport.payroll.interfaces.file;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dpsupport.kernel.Money;

/**
 * A remittance advice, as a tagged PDF: what an agency paid a care provider for one person in one
 * payment file, invoice by invoice (paid, and credit notes taken off), the reference on the
 * provider's bank statement and the day the money reaches the provider's account.
 */
public final class RemittanceAdvicePdf {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** One invoice settled, in full or in part. */
  public record Line(
      String invoiceNumber,
      LocalDate periodStart,
      LocalDate periodEnd,
      Money invoiced,
      Money credited,
      Money paid,
      Money stillOwed) {}

  /** The advice: from whom, to whom, for whom, the reference, the credit day and the lines. */
  public record Advice(
      String agency,
      String provider,
      String sortCode,
      String accountNumberEnding,
      String person,
      String reference,
      LocalDate creditDay,
      List<Line> lines) {
    public Advice {
      lines = List.copyOf(lines);
    }

    public Money total() {
      return Money.total(lines.stream().map(Line::paid).toList());
    }
  }

  private RemittanceAdvicePdf() {}

  public static String title(Advice a) {
    return "Remittance advice " + a.reference() + " from " + a.agency() + " to " + a.provider();
  }

  public static byte[] pdf(Advice a) {
    try (TaggedPdfWriter pdf = new TaggedPdfWriter(title(a), "en-GB")) {
      pdf.wrappedHeading("H1", "Remittance advice", 16);
      pdf.ruledTable(
          List.of(
              new String[] {"Payment", "Detail"},
              new String[] {"From", a.agency()},
              new String[] {"To", a.provider()},
              new String[] {
                "Paid into",
                "Sort code "
                    + a.sortCode().substring(0, 2)
                    + "-"
                    + a.sortCode().substring(2, 4)
                    + "-"
                    + a.sortCode().substring(4)
                    + ", account ending "
                    + a.accountNumberEnding()
              },
              new String[] {"For the care of", a.person()},
              new String[] {"Reference on your statement", a.reference()},
              new String[] {"In your account on", a.creditDay().format(DATE)},
              new String[] {"Total paid", a.total().formatted()}),
          new float[] {0, 495},
          new boolean[] {false, true},
          9);
      pdf.heading("H2", "Invoices this payment settles", 12);
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Invoice", "Care", "Invoiced", "Credit notes", "Paid", "Still owed"});
      for (Line l : a.lines()) {
        rows.add(
            new String[] {
              l.invoiceNumber(),
              l.periodStart().format(DATE) + " to " + l.periodEnd().format(DATE),
              l.invoiced().formatted(),
              l.credited().formatted(),
              l.paid().formatted(),
              l.stillOwed().formatted()
            });
      }
      pdf.ruledTable(
          rows,
          new float[] {0, 80, 300, 365, 430, 495},
          new boolean[] {false, false, true, true, true, true},
          8);
      pdf.paragraph(
          "Still owed: the rest of a part-paid invoice is paid in a later payment, when the"
              + " person's direct payment has the money. Questions about this payment go to "
              + a.agency()
              + ".",
          8);
      return pdf.toBytes();
    }
  }
}
