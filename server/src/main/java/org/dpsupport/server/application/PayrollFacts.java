package org.dpsupport.server.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the payroll bureau knows about a direct-payment account that monitoring needs: the payments
 * a finalised pay run says should leave the account (so reconciliation can match statement lines to
 * them) and open payroll concerns (so risk rating can see them). Implemented by the payroll side;
 * monitoring looks it up with {@code Instance<PayrollFacts>} and treats an account whose payroll
 * does not run here as having no expected payroll payments and no payroll concerns.
 */
public interface PayrollFacts {

  /** Who a payroll payment goes to. */
  enum PaymentKind {
    NET_PAY,
    HMRC,
    PENSION,
    AGENCY_FEE
  }

  /** A payment a finalised pay run expects from the account. */
  record ExpectedPayment(
      PaymentKind kind, String payee, BigDecimal amount, LocalDate dueBy, String reference) {}

  /** Kinds of payroll concern that raise an account's monitoring risk. */
  enum ConcernKind {
    UNPAID_HMRC,
    UNPAID_PENSION,
    NMW_FINDING,
    INSURANCE_LAPSED
  }

  /** An open payroll concern with the date it arose and a sentence an officer can read. */
  record Concern(ConcernKind kind, LocalDate since, String description) {}

  /**
   * Payroll changed what {@link #openConcerns} says about the account: who did it and why, for the
   * risk history. Fired synchronously inside the transaction that made the change, so the re-rating
   * commits (or rolls back) with it.
   */
  record ConcernsChanged(long accountId, String actor, String why) {}

  /**
   * A pay run was finalised: who did it. Fired synchronously inside the finalising transaction, so
   * what observers record (a managed account's ledger posts the run's wages) commits or rolls back
   * with it.
   */
  record RunFinalised(long runId, long accountId, String actor) {}

  /** Payments expected to leave the account with a due date in [from, to], from finalised runs. */
  List<ExpectedPayment> expectedPayments(long accountId, LocalDate from, LocalDate to);

  /** Open payroll concerns for the account as at the given date. */
  List<Concern> openConcerns(long accountId, LocalDate asAt);
}
