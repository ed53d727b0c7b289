package org.dpsupport.payroll.domain.model.pension;

/**
 * How the PA gets tax relief on pension contributions. Relief at source: the employer deducts the
 * contribution less basic-rate relief, after tax, and the scheme claims the relief. Net pay: the
 * whole contribution is deducted before tax.
 */
public enum ReliefMethod {
  RELIEF_AT_SOURCE,
  NET_PAY
}
