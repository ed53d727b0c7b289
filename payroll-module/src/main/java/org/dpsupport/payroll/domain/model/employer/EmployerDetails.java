package org.dpsupport.payroll.domain.model.employer;

import java.util.Objects;
import java.util.regex.Pattern;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;

/**
 * A budget holder as an employer: the HMRC references, whether they may claim Employment Allowance
 * (a care and support employer), how often and on which day they pay, the direct-payment bank
 * account wages leave from, and the agency's fee per payslip.
 */
public record EmployerDetails(
    String name,
    String payeReference,
    String accountsOfficeReference,
    boolean careAndSupportEmployer,
    PayFrequency payFrequency,
    int payDay,
    SortCode sortCode,
    BankAccountNumber accountNumber,
    Money feePerPayslip) {

  // PAYE reference: three-digit tax office number, '/', up to ten characters (HMRC RTI spec
  // "EmpRefs")
  private static final Pattern PAYE = Pattern.compile("[0-9]{3}/[A-Z0-9]{1,10}");

  /**
   * An employer PAYE reference as HMRC writes it (spaces removed, capitals), or refused with what
   * it looks like: the form checks it on its own, with the other fields, through this.
   */
  public static String payeReference(String typed) {
    String reference =
        typed == null ? "" : typed.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (!PAYE.matcher(reference).matches()) {
      throw new IllegalArgumentException(
          "'"
              + reference
              + "' is not an employer PAYE reference. It is three"
              + " numbers, a slash and up to ten letters and numbers, like 123/AB45678; it is on HMRC's letters to the"
              + " employer.");
    }
    return reference;
  }

  public EmployerDetails {
    Objects.requireNonNull(name, "The employer's name is missing.");
    payeReference = payeReference(payeReference);
    accountsOfficeReference =
        accountsOfficeReference == null
            ? ""
            : accountsOfficeReference.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    // the format only (AccountsOfficeReference's, as HMRC's schemas give it): the check letter is
    // checked where the reference is entered
    if (!AccountsOfficeReference.hasFormat(accountsOfficeReference)) {
      throw new IllegalArgumentException(
          "'"
              + accountsOfficeReference
              + "' is not an Accounts Office reference. It"
              + " has 13 characters, like 123PW12345678; it is on HMRC's payment booklet or welcome letter.");
    }
    Objects.requireNonNull(payFrequency, "The employer's pay frequency is missing.");
    if (payDay < 1 || payDay > 31) {
      throw new IllegalArgumentException("The pay day must be a day of the month from 1 to 31.");
    }
    feePerPayslip = feePerPayslip == null ? Money.ZERO : feePerPayslip;
  }

  public String taxOfficeNumber() {
    return payeReference.substring(0, 3);
  }

  public String taxOfficeReference() {
    return payeReference.substring(4);
  }
}
