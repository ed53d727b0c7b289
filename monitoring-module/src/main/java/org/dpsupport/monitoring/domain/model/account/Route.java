package org.dpsupport.monitoring.domain.model.account;

/** How the direct payment is held. */
public enum Route {
  /** A bank account in the person's (or their nominee's) name, used only for the direct payment. */
  OWN_ACCOUNT,
  /** Paid to a payroll agency which runs the PAs' payroll and pays their bills. */
  MANAGED_BY_PAYROLL_AGENCY,
  /** A council prepaid card. */
  PREPAID_CARD
}
