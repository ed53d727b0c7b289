package org.dpsupport.payroll.interfaces.file;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dpsupport.kernel.Money;
import org.dpsupport.kernel.SpreadsheetCells;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.model.pension.AutoEnrolmentAssessment;
import org.dpsupport.payroll.domain.model.pension.AutoEnrolmentAssessment.Action;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.pension.ReliefMethod;
import org.dpsupport.payroll.domain.model.pension.WorkerCategory;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;

/**
 * The pension provider's contribution schedule for one employer's run in the PAPDIS layout (the
 * pensions industry's Payroll and Pension Data Interface Standard, version 1.1, CSV form): one row
 * per PA the payroll assessed, with the fields a provider needs to enrol and to match money to
 * members: identity, address, email where known, employment start, assessment code (0 excluded, 1
 * eligible jobholder, 2 non-eligible jobholder, 3 entitled worker), event code (0 no enrolment
 * event, 1 automatic enrolment, 2 opt-in, 3 joiner) and event date (the enrolment date), deferral
 * (postponement) and opt-out dates, pensionable earnings, contributions as amounts and percentages
 * and the tax relief basis. Dates are ISO 8601 (yyyy-MM-dd), money in pounds with two places.
 *
 * <p>Every cell that a spreadsheet would read as a formula (starting with =, +, -, @, tab or
 * carriage return) is written with a leading apostrophe, so a name or address cannot run as a
 * formula when the file is opened (CSV injection).
 */
public final class PensionContributionCsv {

  /** The PAPDIS version written in each row's first column. */
  public static final String VERSION = "PAP11";

  /** Identifiers the provider gave the employer: its employer ID, scheme reference and group. */
  public record Scheme(String employerId, String pensionProviderId, String group) {
    public Scheme {
      employerId = employerId == null ? "" : employerId;
      pensionProviderId = pensionProviderId == null ? "" : pensionProviderId;
      group = group == null || group.isBlank() ? "Workers" : group;
    }
  }

  static final String[] HEADER = {
    "PAPDISVersion",
    "PensionProviderID",
    "EmployerID",
    "Group",
    "PayPeriodStartDate",
    "PayPeriodEndDate",
    "ContributionDeductionDate",
    "FrequencyCode",
    "TaxPeriod",
    "EmployeeID",
    "Title",
    "Forename1",
    "Forename2",
    "Surname",
    "BirthDate",
    "Gender",
    "NationalInsuranceNumber",
    "Address1",
    "Address2",
    "Address3",
    "Address4",
    "Postcode",
    "Country",
    "EmailAddress",
    "EmploymentStartDate",
    "ExitDate",
    "AssessmentCode",
    "EventCode",
    "EventDate",
    "DeferralDate",
    "AEOptOutDate",
    "PensionableEarningsAmount",
    "TotalGrossQualifyingEarningsAmount",
    "EmployerContributionsAmount",
    "EmployerContributionsPercent",
    "EmployeeContributionsAmount",
    "EmployeeContributionsPercent",
    "TaxReliefBasis"
  };

  private PensionContributionCsv() {}

  /**
   * The schedule, with the employer's PAYE reference as its employer ID, no titles or emails known.
   */
  public static String render(String payeReference, PayPeriod period, List<EmployeePay> paid) {
    return render(
        new Scheme(payeReference, null, null), period, period.paymentDate(), paid, Map.of());
  }

  /**
   * @param deductedOn the day contributions were taken from pay (the pay day)
   * @param contactsByPayId per payroll ID, the PA's title and email address where known: {@code
   *     [title, email]}, either may be null
   */
  public static String render(
      Scheme scheme,
      PayPeriod period,
      LocalDate deductedOn,
      List<EmployeePay> paid,
      Map<String, String[]> contactsByPayId) {
    try (StringWriter out = new StringWriter();
        CSVPrinter csv =
            new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
      for (EmployeePay p : paid) {
        PayResult r = p.result();
        AutoEnrolmentAssessment a = r.pension();
        if (a == null) {
          continue; // no scheme for this PA yet: nothing for the provider
        }
        EmployeeRecord e = p.employee();
        String[] contact = contactsByPayId.getOrDefault(e.payId(), new String[2]);
        String[] forenames = e.forename() == null ? new String[0] : e.forename().split(" ", 2);
        List<String> address = e.addressLines();
        PensionMembership m = e.pension();
        csv.printRecord(
            safe(
                VERSION,
                scheme.pensionProviderId(),
                scheme.employerId(),
                scheme.group(),
                period.start(),
                period.end(),
                deductedOn,
                frequencyCode(r.payFrequency()),
                taxPeriodNumber(r),
                e.payId(),
                contact[0],
                forenames.length > 0 ? forenames[0] : "",
                forenames.length > 1 ? forenames[1] : "",
                e.surname(),
                e.dateOfBirth(),
                e.gender(),
                e.niNumber(),
                address.size() > 0 ? address.get(0) : "",
                address.size() > 1 ? address.get(1) : "",
                address.size() > 2 ? address.get(2) : "",
                address.size() > 3 ? address.get(3) : "",
                e.postcode(),
                "GB",
                contact[1],
                e.startDate(),
                e.leavingDate(),
                assessmentCode(a.category()),
                eventCode(a),
                a.enrolledOn(),
                m == null ? null : m.postponedUntil(),
                m == null ? null : m.optedOutOn(),
                a.qualifyingEarnings(),
                a.qualifyingEarnings(),
                a.employerContribution(),
                m == null ? null : m.employerPercent().stripTrailingZeros().toPlainString(),
                a.employeeContribution(),
                m == null ? null : m.employeePercent().stripTrailingZeros().toPlainString(),
                a.reliefMethod() == ReliefMethod.NET_PAY ? "NPA" : "RAS"));
      }
      csv.flush();
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** PAPDIS assessment codes: 0 excluded, 1 eligible, 2 non-eligible jobholder, 3 entitled. */
  static String assessmentCode(WorkerCategory category) {
    return switch (category) {
      case ELIGIBLE_JOBHOLDER -> "1";
      case NON_ELIGIBLE_JOBHOLDER -> "2";
      case ENTITLED_WORKER -> "3";
      case OUTSIDE_AUTO_ENROLMENT -> "0";
    };
  }

  /**
   * PAPDIS event codes: 1 automatic enrolment this period (a re-enrolment too, with the
   * re-enrolment date as the event date); 2 an opt-in and 3 a joiner (enrolled this period though
   * not an eligible jobholder); 0 otherwise (already a member, postponed, opted out or not
   * enrolled), where the deferral date and opt-out date columns carry a postponement or opt-out.
   */
  public static String eventCode(AutoEnrolmentAssessment a) {
    if (a.action() != Action.ENROLLED_THIS_PERIOD) {
      return "0";
    }
    return switch (a.category()) {
      case ELIGIBLE_JOBHOLDER -> "1";
      case NON_ELIGIBLE_JOBHOLDER -> "2";
      default -> "3";
    };
  }

  /** PAPDIS frequency codes: W1 weekly, W2 fortnightly, W4 four-weekly, M1 monthly. */
  static String frequencyCode(PayFrequency f) {
    return switch (f) {
      case WEEKLY -> "W1";
      case FORTNIGHTLY -> "W2";
      case FOUR_WEEKLY -> "W4";
      case MONTHLY -> "M1";
    };
  }

  /** The tax month (monthly pay) or tax week the pay day falls in. */
  private static int taxPeriodNumber(PayResult r) {
    org.dpsupport.payroll.domain.model.taxyear.TaxYear year =
        org.dpsupport.payroll.domain.model.taxyear.TaxYear.containing(r.paymentDate());
    return r.payFrequency() == PayFrequency.MONTHLY
        ? year.taxMonthOf(r.paymentDate())
        : year.taxWeekOf(r.paymentDate());
  }

  private static Object[] safe(Object... cells) {
    Object[] out = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      Object c = cells[i];
      out[i] =
          c == null
              ? ""
              : c instanceof Money m
                  ? m.amount().toPlainString()
                  : SpreadsheetCells.safe(c.toString());
    }
    return out;
  }
}
