package org.dpsupport.payroll.domain.model.pension;

import java.time.LocalDate;

/**
 * When pension contributions deducted on a pay day must reach the scheme: by the 22nd of the month
 * after the month they were deducted in, when paid electronically. The Pensions Regulator, "Paying
 * contributions to the scheme" (Pensions Act 2008 automatic enrolment duties).
 */
public final class PensionPaymentDue {

  private PensionPaymentDue() {}

  public static LocalDate dueDate(LocalDate paymentDate) {
    return paymentDate.plusMonths(1).withDayOfMonth(22);
  }
}
