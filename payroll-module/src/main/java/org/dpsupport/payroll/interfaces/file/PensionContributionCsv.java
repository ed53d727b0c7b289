package org.dpsupport.payroll.interfaces.file;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;

/**
 * The pension provider's contribution schedule for one employer's run: one row per PA with
 * pensionable (qualifying) earnings, the employee's and employer's contributions and the
 * auto-enrolment status, in the column layout most master trusts accept for upload.
 */
public final class PensionContributionCsv {

  private static final String[] HEADER = {
    "EmployerPayeRef",
    "PayId",
    "NINO",
    "Forename",
    "Surname",
    "DateOfBirth",
    "PayPeriodStart",
    "PayPeriodEnd",
    "PensionableEarnings",
    "EmployeeContribution",
    "EmployerContribution",
    "WorkerCategory",
    "Status"
  };

  private PensionContributionCsv() {}

  public static String render(String payeReference, PayPeriod period, List<EmployeePay> paid) {
    try (StringWriter out = new StringWriter();
        CSVPrinter csv =
            new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
      for (EmployeePay p : paid) {
        PayResult r = p.result();
        if (r.pension() == null) {
          continue;
        }
        csv.printRecord(
            SpreadsheetCells.row(
                payeReference,
                p.employee().payId(),
                p.employee().niNumber(),
                p.employee().forename(),
                p.employee().surname(),
                p.employee().dateOfBirth(),
                period.start(),
                period.end(),
                r.pension().qualifyingEarnings(),
                r.amountOf("pension-employee"),
                r.amountOf("pension-employer"),
                r.pension().category(),
                r.pension().action()));
      }
      csv.flush();
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
