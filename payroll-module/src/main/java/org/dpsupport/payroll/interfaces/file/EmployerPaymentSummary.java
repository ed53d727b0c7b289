package org.dpsupport.payroll.interfaces.file;

import static org.dpsupport.payroll.interfaces.file.RtiEnvelope.element;
import static org.dpsupport.payroll.interfaces.file.RtiEnvelope.shortYear;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.payroll.domain.model.familypay.Recovery;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;

/**
 * HMRC RTI Employer Payment Summary for one employer and one tax month (namespace
 * .../EmployerPaymentSummary/YY-YY/1). Element order follows HMRC's EPS schema: IRheader (Keys,
 * PeriodEnd, DefaultCurrency, Sender), then EmpRefs, NoPaymentForPeriod and NoPaymentDates (a tax
 * month in which nobody was paid), EmpAllceInd and DeMinimisStateAid (the Employment Allowance
 * claim: a care and support employer claims it and is outside the de minimis sectors),
 * RecoverableAmountsYTD (statutory payments recovered and the NIC compensation on them, year to
 * date), RelatedTaxYear and FinalSubmission (tax month 12, when the final FPS did not say it). The
 * Employment Allowance amount itself is not on the EPS: HMRC sets it against the employer NICs the
 * FPSs report once the indicator is in. The message is a whole GovTalk message with its IRmark.
 */
public final class EmployerPaymentSummary {

  /** Statutory payments an employer can recover, in the order the schema lists them. */
  public enum StatutoryPayment {
    SMP,
    SPP,
    SAP,
    ShPP,
    SPBP,
    SNCP
  }

  /**
   * Amounts recovered for one statutory payment in the tax year to date, with the NIC compensation
   * on them.
   */
  public record Recovered(Money recovered, Money nicCompensation) {
    public static final Recovered NONE = new Recovered(Money.ZERO, Money.ZERO);
  }

  /** The EPS's recovered amounts from the engine's recoveries of family pay to date. */
  public static Map<StatutoryPayment, Recovered> recovered(
      Map<FamilyPayType, Recovery> recoveries) {
    EnumMap<StatutoryPayment, Recovered> out = new EnumMap<>(StatutoryPayment.class);
    recoveries.forEach(
        (type, r) ->
            out.put(
                StatutoryPayment.valueOf(type.rtiName()),
                new Recovered(r.recovered(), r.nicCompensation())));
    return out;
  }

  /**
   * What the EPS reports for one employer and tax month. {@code finalForYear}: the EPS says the
   * year's submissions are complete, which only a tax month 12 EPS can ({@link
   * org.dpsupport.payroll.domain.model.taxyear.YearEnd#finalSubmissionOnEps}).
   */
  public record Month(
      TaxYear year,
      int taxMonth,
      boolean paidInMonth,
      Map<StatutoryPayment, Recovered> recoveredToDate,
      boolean finalForYear) {

    /**
     * A month's EPS where nothing is known of the year's final FPS: tax month 12's says the year is
     * complete.
     */
    public Month(
        TaxYear year,
        int taxMonth,
        boolean paidInMonth,
        Map<StatutoryPayment, Recovered> recoveredToDate) {
      this(year, taxMonth, paidInMonth, recoveredToDate, taxMonth == 12);
    }

    public Month {
      if (finalForYear && taxMonth != 12) {
        throw new IllegalArgumentException(
            "Only the EPS for tax month 12 (6 March to 5 April) can be the final submission for"
                + " the year.");
      }
      Objects.requireNonNull(year, "The tax year is missing.");
      if (taxMonth < 1 || taxMonth > 12) {
        throw new IllegalArgumentException(
            "A tax month is from 1 (6 April to 5 May) to 12 (6 March to 5 April).");
      }
      EnumMap<StatutoryPayment, Recovered> all = new EnumMap<>(StatutoryPayment.class);
      for (StatutoryPayment p : StatutoryPayment.values()) {
        all.put(
            p,
            recoveredToDate == null
                ? Recovered.NONE
                : recoveredToDate.getOrDefault(p, Recovered.NONE));
      }
      recoveredToDate = Map.copyOf(all);
    }

    /** First day of the tax month (the 6th). */
    public LocalDate firstDay() {
      return year.firstDay().plusMonths(taxMonth - 1L);
    }

    /** Last day of the tax month (the 5th of the next month). */
    public LocalDate lastDay() {
      return year.firstDay().plusMonths(taxMonth).minusDays(1);
    }
  }

  private EmployerPaymentSummary() {}

  public static String namespace(TaxYear year) {
    return RtiEnvelope.namespace("EmployerPaymentSummary", year);
  }

  public static String render(EmployerDetails employer, Month month) {
    return render(employer, month, RtiEnvelope.Channel.configured());
  }

  /**
   * The EPS as a whole GovTalk message with its IRmark. A month with no payments says so
   * (NoPaymentForPeriod) and claims nothing; the Employment Allowance indicator goes with a month
   * in which the care and support employer paid someone; statutory payments recovered are listed
   * only when there are some.
   */
  public static String render(EmployerDetails employer, Month month, RtiEnvelope.Channel channel) {
    TaxYear year = month.year();
    boolean anyRecovered =
        month.recoveredToDate().values().stream()
            .anyMatch(r -> r.recovered().isPositive() || r.nicCompensation().isPositive());
    if (month.paidInMonth()
        && !employer.careAndSupportEmployer()
        && !anyRecovered
        && !month.finalForYear()) {
      throw new IllegalArgumentException(
          "There is nothing to put on an EPS for tax month "
              + month.taxMonth()
              + ": payments were made, no Employment Allowance is claimed and nothing is recovered.");
    }
    return RtiEnvelope.render(
        "EmployerPaymentSummary",
        year,
        employer,
        channel,
        x -> {
          if (!month.paidInMonth()) {
            element(x, "NoPaymentForPeriod", "yes");
            x.writeStartElement("NoPaymentDates");
            element(x, "From", month.firstDay().toString());
            element(x, "To", month.lastDay().toString());
            x.writeEndElement();
          }
          if (month.paidInMonth() && employer.careAndSupportEmployer()) {
            element(x, "EmpAllceInd", "yes");
            x.writeStartElement("DeMinimisStateAid");
            // employing care and support workers is not in a de minimis aid sector
            element(x, "NA", "yes");
            x.writeEndElement();
          }
          if (anyRecovered) {
            x.writeStartElement("RecoverableAmountsYTD");
            element(x, "TaxMonth", String.valueOf(month.taxMonth()));
            for (StatutoryPayment p : StatutoryPayment.values()) {
              element(
                  x, p.name() + "Recovered", month.recoveredToDate().get(p).recovered().toString());
            }
            for (StatutoryPayment p : StatutoryPayment.values()) {
              element(
                  x,
                  "NICCompensationOn" + p.name(),
                  month.recoveredToDate().get(p).nicCompensation().toString());
            }
            x.writeEndElement();
          }
          element(x, "RelatedTaxYear", shortYear(year));
          if (month.finalForYear()) {
            x.writeStartElement("FinalSubmission");
            element(x, "ForYear", "yes");
            x.writeEndElement();
          }
        });
  }
}
