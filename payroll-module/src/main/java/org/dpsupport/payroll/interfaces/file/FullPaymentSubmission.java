package org.dpsupport.payroll.interfaces.file;

import static org.dpsupport.payroll.interfaces.file.RtiEnvelope.shortYear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.money.Money;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;

/**
 * HMRC RTI Full Payment Submission for one employer's pay run, as the IRenvelope body a bureau
 * wraps in its GovTalk message. Element names and order follow HMRC's FPS schema for the tax year
 * (namespace .../FullPaymentSubmission/YY-YY/1): IRheader (Keys, PeriodEnd, DefaultCurrency,
 * Sender), EmpRefs, RelatedTaxYear, then per PA EmployeeDetails and Employment (Starter, PayId,
 * IrrEmp, LeavingDate, FiguresToDate, Payment, NIlettersAndValues). The IRmark is left for the
 * submitting software to add, because it is computed over the whole GovTalk body.
 */
public final class FullPaymentSubmission {

  /** One PA's payment on the FPS with their figures to date (including this payment). */
  public record Entry(
      EmployeeRecord employee,
      PayResult payment,
      FiguresToDate toDate,
      boolean firstPayment,
      boolean irregular) {}

  private FullPaymentSubmission() {}

  public static String namespace(TaxYear year) {
    return RtiEnvelope.namespace("FullPaymentSubmission", year);
  }

  public static String render(EmployerDetails employer, List<Entry> entries) {
    LocalDate paid = entries.isEmpty() ? LocalDate.now() : entries.get(0).payment().paymentDate();
    TaxYear year = TaxYear.containing(paid);
    return RtiEnvelope.render(
        "FullPaymentSubmission",
        year,
        employer,
        x -> {
          element(x, "RelatedTaxYear", shortYear(year));
          for (Entry e : entries) {
            employee(x, e, year);
          }
        });
  }

  private static void employee(XMLStreamWriter x, Entry e, TaxYear year) throws XMLStreamException {
    EmployeeRecord pa = e.employee();
    PayResult r = e.payment();
    FiguresToDate td = e.toDate();
    x.writeStartElement("Employee");
    x.writeStartElement("EmployeeDetails");
    element(x, "NINO", pa.niNumber().value());
    x.writeStartElement("Name");
    element(x, "Fore", pa.forename());
    element(x, "Sur", pa.surname());
    x.writeEndElement();
    x.writeStartElement("Address");
    for (String line : pa.addressLines()) {
      element(x, "Line", line);
    }
    element(x, "UKPostcode", pa.postcode());
    x.writeEndElement();
    element(x, "BirthDate", pa.dateOfBirth().toString());
    element(x, "Gender", pa.gender());
    x.writeEndElement();

    x.writeStartElement("Employment");
    if (e.firstPayment() && year.contains(pa.startDate())) {
      x.writeStartElement("Starter");
      element(x, "StartDate", pa.startDate().toString());
      element(x, "StartDec", pa.starterDeclaration() == null ? "A" : pa.starterDeclaration());
      x.writeEndElement();
    }
    element(x, "PayId", pa.payId());
    if (e.irregular()) {
      element(x, "IrrEmp", "yes"); // not paid for 3 months or more, e.g. employer in hospital
    }
    if (pa.leavingDate() != null && !pa.leavingDate().isAfter(r.paymentDate().plusDays(31))) {
      element(x, "LeavingDate", pa.leavingDate().toString());
    }
    x.writeStartElement("FiguresToDate");
    element(x, "TaxablePay", td.taxablePay());
    element(x, "TotalTax", td.tax());
    if (td.studentLoans().isPositive()) {
      element(
          x,
          "StudentLoansTD",
          td.studentLoans().amount().setScale(0, java.math.RoundingMode.DOWN) + ".00");
    }
    if (td.postgraduateLoans().isPositive()) {
      element(
          x,
          "PostgradLoansTD",
          td.postgraduateLoans().amount().setScale(0, java.math.RoundingMode.DOWN) + ".00");
    }
    if (td.pensionNetPay().isPositive()) {
      element(x, "EmpeePenContribnsPaidYTD", td.pensionNetPay());
    }
    x.writeEndElement();

    x.writeStartElement("Payment");
    element(x, "PayFreq", payFrequencyCode(r.payFrequency()));
    element(x, "PmtDate", r.paymentDate().toString());
    if (r.payFrequency() == PayFrequency.MONTHLY) {
      element(x, "MonthNo", String.valueOf(year.taxMonthOf(r.paymentDate())));
    } else {
      element(x, "WeekNo", String.valueOf(year.taxWeekOf(r.paymentDate())));
    }
    element(x, "PeriodsCovered", "1");
    element(x, "HoursWorked", hoursBand(pa.usualWeeklyHours()));
    x.writeStartElement("TaxCode");
    if (pa.week1Month1()) {
      x.writeAttribute("BasisNonCumulative", "yes");
    }
    x.writeCharacters(
        pa.taxCode().replace(" ", "").replace("W1", "").replace("M1", "").replace("X", ""));
    x.writeEndElement();
    element(x, "TaxablePay", r.taxablePay());
    element(x, "PayAfterStatDedns", payAfterStatutoryDeductions(r));
    Money netPayPension = FiguresToDate.netPayPension(r);
    if (netPayPension.isPositive()) {
      element(x, "EmpeePenContribnsPaid", netPayPension);
    }
    if (r.amountOf("student-loan").isPositive()) {
      element(
          x,
          "StudentLoanRecovered",
          r.amountOf("student-loan").amount().setScale(0, java.math.RoundingMode.DOWN) + ".00");
    }
    if (r.amountOf("postgraduate-loan").isPositive()) {
      element(
          x,
          "PostgradLoanRecovered",
          r.amountOf("postgraduate-loan").amount().setScale(0, java.math.RoundingMode.DOWN)
              + ".00");
    }
    element(x, "TaxDeductedOrRefunded", r.incomeTax().taxDueInPeriod());
    x.writeEndElement();

    x.writeStartElement("NIlettersAndValues");
    element(x, "NIletter", pa.niCategory());
    element(x, "GrossEarningsForNICsInPd", r.earningsForNi());
    element(x, "GrossEarningsForNICsYTD", td.earningsForNi());
    element(x, "AtLELYTD", wholePounds(td.atLel()));
    element(x, "LELtoPTYTD", wholePounds(td.lelToPt()));
    element(x, "PTtoUELYTD", wholePounds(td.ptToUel()));
    // RTI guidance: "Total of employer NICs" carries employee and employer contributions together
    element(
        x,
        "TotalEmpNICInPd",
        r.nationalInsurance().employeeNi().plus(r.nationalInsurance().employerNi()));
    element(x, "TotalEmpNICYTD", td.employeeNi().plus(td.employerNi()));
    element(x, "EmpeeContribnsInPd", r.nationalInsurance().employeeNi());
    element(x, "EmpeeContribnsYTD", td.employeeNi());
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
  }

  /** Pay less tax, employee NI and student and postgraduate loans. */
  static Money payAfterStatutoryDeductions(PayResult r) {
    return r.grossPay()
        .minus(r.incomeTax().taxDueInPeriod())
        .minus(r.nationalInsurance().employeeNi())
        .minus(r.amountOf("student-loan"))
        .minus(r.amountOf("postgraduate-loan"));
  }

  /** RTI "PayFreq": W1 weekly, W2 fortnightly, W4 four-weekly, M1 monthly. */
  public static String payFrequencyCode(PayFrequency f) {
    return switch (f) {
      case WEEKLY -> "W1";
      case FORTNIGHTLY -> "W2";
      case FOUR_WEEKLY -> "W4";
      case MONTHLY -> "M1";
    };
  }

  /** RTI "HoursWorked": A up to 15.99, B 16 to 23.99, C 24 to 29.99, D 30 or more, E other. */
  public static String hoursBand(BigDecimal usualWeeklyHours) {
    if (usualWeeklyHours == null) {
      return "E";
    }
    double h = usualWeeklyHours.doubleValue();
    return h < 16 ? "A" : h < 24 ? "B" : h < 30 ? "C" : "D";
  }

  private static String wholePounds(Money m) {
    return m.toString();
  }

  private static void element(XMLStreamWriter x, String name, Money value)
      throws XMLStreamException {
    element(x, name, value.toString());
  }

  private static void element(XMLStreamWriter x, String name, String value)
      throws XMLStreamException {
    RtiEnvelope.element(x, name, value);
  }
}
