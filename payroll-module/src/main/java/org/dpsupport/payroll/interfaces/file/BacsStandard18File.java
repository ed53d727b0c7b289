package org.dpsupport.payroll.interfaces.file;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.model.money.Money;

/**
 * A BACS Standard 18 payment file for net pay: one 106-character record per PA (transaction code
 * 99, a credit) and a contra record (code 17) debiting the direct-payment account with the total,
 * each ending in the processing day as " yyddd". Fields are fixed width, upper case, in the BACS
 * character set (A-Z, 0-9, space, . & / -); amounts are in pence, zero padded to 11 digits.
 */
public final class BacsStandard18File {

  /** One credit: to whom, how much, and the reference their bank statement will show. */
  public record Credit(
      SortCode sortCode,
      BankAccountNumber accountNumber,
      String accountName,
      Money amount,
      String reference) {}

  private BacsStandard18File() {}

  public static String render(
      SortCode fromSortCode,
      BankAccountNumber fromAccount,
      String originatorName,
      LocalDate processingDay,
      List<Credit> credits) {
    String day =
        String.format(" %02d%03d", processingDay.getYear() % 100, processingDay.getDayOfYear());
    StringBuilder file = new StringBuilder();
    Money total = Money.ZERO;
    for (Credit c : credits) {
      if (!c.amount().isPositive()) {
        continue; // nothing to pay: BACS refuses zero-value credits
      }
      file.append(
          record(
              c.sortCode(),
              c.accountNumber(),
              "99",
              fromSortCode,
              fromAccount,
              c.amount(),
              originatorName,
              c.reference(),
              c.accountName(),
              day));
      total = total.plus(c.amount());
    }
    file.append(
        record(
            fromSortCode,
            fromAccount,
            "17",
            fromSortCode,
            fromAccount,
            total,
            originatorName,
            "CONTRA",
            originatorName,
            day));
    return file.toString();
  }

  private static String record(
      SortCode to,
      BankAccountNumber toAccount,
      String code,
      SortCode from,
      BankAccountNumber fromAccount,
      Money amount,
      String name,
      String reference,
      String accountName,
      String day) {
    long pence = amount.amount().movePointRight(2).longValueExact();
    return to.value()
        + toAccount.value()
        + "0"
        + code
        + from.value()
        + fromAccount.value()
        + "    "
        + String.format("%011d", pence)
        + field(name)
        + field(reference)
        + field(accountName)
        + day
        + "\r\n";
  }

  /** 18 characters of the BACS character set, left aligned, space padded. */
  static String field(String text) {
    String upper =
        text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 .&/-]", " ");
    return String.format("%-18.18s", upper);
  }
}
