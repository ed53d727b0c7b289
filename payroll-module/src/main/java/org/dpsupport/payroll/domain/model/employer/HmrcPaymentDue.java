package org.dpsupport.payroll.domain.model.employer;

import java.time.LocalDate;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;

/**
 * When PAYE deducted on a payment must reach HMRC: by the 22nd after the tax month (6th to 5th) it
 * was paid in, when paying electronically; or, for an employer whose average monthly PAYE is under
 * £1,500 and who has told HMRC so, by the 22nd after the tax quarter (ending 5 July, 5 October, 5
 * January, 5 April). PAYE Manual for Employers, "Pay employers' PAYE".
 */
public final class HmrcPaymentDue {

  private HmrcPaymentDue() {}

  public static LocalDate dueDate(LocalDate paymentDate, boolean quarterly) {
    TaxYear year = TaxYear.containing(paymentDate);
    int taxMonth = year.taxMonthOf(paymentDate); // 1 = 6 April to 5 May
    int lastMonth = quarterly ? ((taxMonth - 1) / 3 + 1) * 3 : taxMonth;
    LocalDate periodEnds = year.firstDay().plusMonths(lastMonth).minusDays(1); // the 5th
    return periodEnds.withDayOfMonth(22);
  }
}
