package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.payroll.domain.model.pension.PensionPaymentDue;
import org.dpsupport.payroll.domain.model.remittance.RemittanceKind;
import org.dpsupport.payroll.domain.model.remittance.RemittanceStatus;
import org.dpsupport.payroll.domain.model.remittance.RunRemittance;
import org.dpsupport.server.application.PayrollFacts;
import org.dpsupport.server.infrastructure.persistence.payroll.PayRunEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayRunStore;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployerEntity;

/**
 * What the bureau tells monitoring about an account: from each finalised run, net pay to each PA
 * (due on the pay day), PAYE to HMRC (due by the 22nd), the pension contributions (due by the 22nd
 * of the month after deduction, The Pensions Regulator's deadline) and the agency's fee (due on the
 * pay day); and open concerns: HMRC or pension unpaid after its due date, pay below the minimum
 * wage in the latest run, and employer's liability insurance lapsed. HMRC or the pension is unpaid
 * until the agency records the payment ({@link RemittanceService}).
 */
@ApplicationScoped
public class BureauPayrollFacts implements PayrollFacts {

  @Inject PayRunStore store;

  @Override
  public List<ExpectedPayment> expectedPayments(long accountId, LocalDate from, LocalDate to) {
    List<ExpectedPayment> out = new ArrayList<>();
    for (PayRunEntity r : finalisedRuns(accountId, from.minusMonths(2), to)) {
      if (within(r.getPaymentDate(), from, to)) {
        for (PayRunStore.NetPay slip : store.netPayOf(r.getId())) {
          out.add(
              new ExpectedPayment(
                  PaymentKind.NET_PAY,
                  slip.paName(),
                  slip.netPay().amount(),
                  r.getPaymentDate(),
                  "WAGES " + r.getPaymentDate()));
        }
        if (r.getAgencyFee().isPositive()) {
          // the agency is paid its fee with the VAT on it, from the direct payment
          out.add(
              new ExpectedPayment(
                  PaymentKind.AGENCY_FEE,
                  "Payroll agency",
                  r.getAgencyFee().plus(r.getAgencyFeeVat()).amount(),
                  r.getPaymentDate(),
                  "FEE RUN " + r.getId()));
        }
      }
      BigDecimal hmrc = PayRunService.hmrc(r);
      if (hmrc.signum() > 0 && within(r.getHmrcDueDate(), from, to)) {
        out.add(
            new ExpectedPayment(
                PaymentKind.HMRC, "HMRC", hmrc, r.getHmrcDueDate(), payeReference(accountId)));
      }
      BigDecimal pension = r.getPensionEmployee().plus(r.getPensionEmployer()).amount();
      LocalDate pensionDue = PensionPaymentDue.dueDate(r.getPaymentDate());
      if (pension.signum() > 0 && within(pensionDue, from, to)) {
        out.add(
            new ExpectedPayment(
                PaymentKind.PENSION,
                "Pension scheme",
                pension,
                pensionDue,
                "PENSION " + r.getPeriodStart()));
      }
    }
    return out;
  }

  @Override
  public List<Concern> openConcerns(long accountId, LocalDate asAt) {
    List<Concern> out = new ArrayList<>();
    PayrollEmployerEntity employer = store.employer(accountId).orElse(null);
    if (employer == null) {
      return out;
    }
    List<PayRunEntity> runs = finalisedRuns(accountId, asAt.minusYears(1), asAt);
    for (PayRunEntity r : runs) {
      RunRemittance hmrc = RunRemittances.of(r, RemittanceKind.HMRC);
      if (hmrc.status(asAt) == RemittanceStatus.OVERDUE) {
        out.add(
            new Concern(
                ConcernKind.UNPAID_HMRC,
                hmrc.dueBy(),
                "PAYE of "
                    + pounds(hmrc.amount().amount())
                    + " for the pay run of "
                    + words(r.getPaymentDate())
                    + " was due to HMRC by "
                    + words(hmrc.dueBy())
                    + " and the agency has not recorded it as paid."));
      }
      RunRemittance pension = RunRemittances.of(r, RemittanceKind.PENSION);
      if (pension.status(asAt) == RemittanceStatus.OVERDUE) {
        out.add(
            new Concern(
                ConcernKind.UNPAID_PENSION,
                pension.dueBy(),
                "Pension contributions of "
                    + pounds(pension.amount().amount())
                    + " deducted on "
                    + words(r.getPaymentDate())
                    + " were due by "
                    + words(pension.dueBy())
                    + " and the agency has not recorded them as paid."));
      }
    }
    if (!runs.isEmpty() && runs.get(runs.size() - 1).getNmwFindings() > 0) {
      PayRunEntity latest = runs.get(runs.size() - 1);
      out.add(
          new Concern(
              ConcernKind.NMW_FINDING,
              latest.getPaymentDate(),
              (latest.getNmwFindings() == 1
                      ? "1 personal assistant was"
                      : latest.getNmwFindings() + " personal assistants were")
                  + " paid below the National Minimum Wage on "
                  + words(latest.getPaymentDate())
                  + "."));
    }
    if (employer.getInsuranceExpires() == null || employer.getInsuranceExpires().isBefore(asAt)) {
      out.add(
          new Concern(
              ConcernKind.INSURANCE_LAPSED,
              employer.getInsuranceExpires() == null
                  ? employer.getCreatedAt().toLocalDate()
                  : employer.getInsuranceExpires(),
              "The employer's liability insurance "
                  + (employer.getInsuranceExpires() == null
                      ? "is not on record."
                      : "lapsed on " + words(employer.getInsuranceExpires()) + ".")));
    }
    return out;
  }

  private List<PayRunEntity> finalisedRuns(long accountId, LocalDate from, LocalDate to) {
    return store.finalisedRuns(accountId, from, to);
  }

  private String payeReference(long accountId) {
    return store.employer(accountId).map(e -> e.getAccountsOfficeReference()).orElse("");
  }

  private static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  /** A date as an officer reads it: 22 November 2026. */
  private static String words(LocalDate d) {
    return DATE.format(d);
  }

  /** An amount as an officer reads it: £1,234.50. */
  private static String pounds(BigDecimal amount) {
    return String.format(java.util.Locale.UK, "£%,.2f", amount);
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return d != null && !d.isBefore(from) && !d.isAfter(to);
  }
}
