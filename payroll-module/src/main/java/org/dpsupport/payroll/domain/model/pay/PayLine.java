package org.dpsupport.payroll.domain.model.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.dpsupport.kernel.Money;

/**
 * One line of a payslip or pay record, with the basis that explains it (e.g. "tax: cumulative, code
 * 1257L, monthly, month 3"). Quantity and rate are set for lines paid by the hour.
 */
public record PayLine(
    Section section,
    String code,
    String description,
    BigDecimal quantity,
    BigDecimal rate,
    Money amount,
    Basis basis) {

  /** Where the line sits on the payslip. */
  public enum Section {
    /** Pay for PAYE and NI: hours, enhancements, holiday pay, SSP. */
    EARNINGS,
    /** Paid but not taxed: expense reimbursements, relief-at-source pension refunds. */
    NON_TAXABLE,
    /** Taken from pay: tax, NI, pension, student loan, deductions after tax. */
    DEDUCTION,
    /** Paid by the employer on top of pay: employer NI, employer pension. */
    EMPLOYER,
    /** Shown for information: NI earnings bands, holiday accrued, Employment Allowance. */
    INFORMATION
  }

  public PayLine {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(basis, "basis");
  }

  public static PayLine of(
      Section section, String code, String description, Money amount, Basis basis) {
    return new PayLine(section, code, description, null, null, amount, basis);
  }
}
