package org.dpsupport.payroll.domain.service;

import java.time.LocalDate;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;

/**
 * Pay for a PA who has left (HMRC, "Employee leaving", paying an employee after giving them a P45;
 * RTI FPS data item 'Payment after leaving indicator').
 *
 * <ul>
 *   <li>Before the P45 is issued, the final pay is worked out on the PA's own code as usual, and
 *       goes on the P45.
 *   <li>Once the P45 has been issued, any later payment is taxed on code 0T on a week 1 / month 1
 *       basis (S0T or C0T for Scottish or Welsh taxpayers), keeps the original payroll ID and
 *       leaving date, and the FPS sets the payment-after-leaving indicator. No second P45 is made.
 *   <li>National Insurance and student loans are deducted as normal. Pay for hours worked before
 *       leaving is a regular payment, so its earnings period is the usual one. <i>Not done:</i> the
 *       weekly earnings period HMRC asks for on irregular payments (a bonus) after leaving; the
 *       payroll pays PAs only for timesheets.
 * </ul>
 */
public final class PaymentAfterLeaving {

  private PaymentAfterLeaving() {}

  /**
   * Whether a payment on {@code payDay} is a payment after leaving that follows a P45. A P45 is
   * only issued once the final pay run is finalised, so any pay worked out after it was issued
   * comes after it, even in a run for an earlier pay day made late.
   */
  public static boolean afterP45(LocalDate leavingDate, LocalDate p45IssuedOn, LocalDate payDay) {
    return leavingDate != null && p45IssuedOn != null && payDay.isAfter(leavingDate);
  }

  /** The emergency code 0T, kept in the PA's tax regime (S0T, C0T). */
  public static String zeroT(String taxCode) {
    String c = taxCode == null ? "" : taxCode.trim().toUpperCase(java.util.Locale.ROOT);
    if (c.startsWith("S")) {
      return "S0T";
    }
    if (c.startsWith("C")) {
      return "C0T";
    }
    return "0T";
  }

  /**
   * The PA as the pay run taxes them on {@code payDay}: unchanged, or on 0T week 1 / month 1 when
   * the payment comes after their P45 was issued.
   */
  public static EmployeeRecord taxBasis(
      EmployeeRecord pa, LocalDate p45IssuedOn, LocalDate payDay) {
    if (!afterP45(pa.leavingDate(), p45IssuedOn, payDay)) {
      return pa;
    }
    return pa.withTaxCode(zeroT(pa.taxCode()), true);
  }
}
