package org.dpsupport.payroll.interfaces.file;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.bank.BacsCalendar;
import org.dpsupport.payroll.domain.model.bank.BacsDates;
import org.dpsupport.payroll.domain.model.bank.ModulusResult;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.BankDetails;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.service.ModulusChecker;
import org.dpsupport.payroll.infrastructure.resources.BankHolidayResources;

/**
 * A Bacs Standard 18 payment file for net pay, complete with its labels: VOL1, HDR1, HDR2, UHL1,
 * one 100-character credit record per PA (transaction code 99), the contra record (code 17)
 * debiting the employer's direct-payment account with the total, EOF1, EOF2 and UTL1 (the debit and
 * credit totals and counts). Labels are 80 characters; every line ends in CR LF.
 *
 * <p>The file is a single-processing-day file (work code "1 DAILY"): its processing day (UHL1) is
 * Bacs day 2 of the cycle that credits the PAs on the pay day, the working day before the credit
 * day; the credit day is the pay day, or the working day before it when the pay day is a weekend or
 * an England and Wales bank holiday ({@link BacsCalendar}). The file has to reach Bacs on day 1,
 * the working day before the processing day ({@link BacsDates#inputDay()}).
 *
 * <p>Before anything is written, every sort code and account number (the PAs' and the employer's)
 * is put through Vocalink's modulus check, every reference must have at least six letters or
 * numbers (not all the same) and every payee an account name; a file with any problem is refused
 * whole ({@link RefusedException}, one line per problem). Names and references are transliterated
 * to the Bacs character set (A-Z, 0-9, space, full stop, ampersand, slash, hyphen): "Zoë" is "ZOE",
 * "O'Neill" is "ONEILL".
 */
public final class BacsStandard18File {

  /**
   * The reference on the PAs' bank statements for a pay day, e.g. {@code WAGES 28 SEP 2026}: the
   * same for the service's runs and the command line, and the same in every locale.
   */
  public static String wagesReference(LocalDate payDay) {
    return "WAGES "
        + payDay.getDayOfMonth()
        + " "
        + payDay.getMonth().name().substring(0, 3)
        + " "
        + payDay.getYear();
  }

  /** One credit: to whom, how much, and the reference their bank statement will show. */
  public record Credit(
      SortCode sortCode,
      BankAccountNumber accountNumber,
      String accountName,
      Money amount,
      String reference) {}

  /**
   * Who sends the file and whose account pays: the Bacs service user number the file is submitted
   * under (a payroll bureau's own, as a Bacs Approved Bureau, or the employer's), the name the PAs'
   * statements show as the payer, and the account debited.
   */
  public record Originator(
      String serviceUserNumber, String name, SortCode sortCode, BankAccountNumber accountNumber) {
    public Originator {
      serviceUserNumber = serviceUserNumber == null ? "" : serviceUserNumber.trim();
      if (!serviceUserNumber.matches("[0-9]{6}")) {
        throw new IllegalArgumentException(
            "'"
                + serviceUserNumber
                + "' is not a Bacs service user number. It is six numbers, given by the bank that"
                + " sponsors the bureau's (or employer's) use of Bacs.");
      }
      Objects.requireNonNull(sortCode, "The paying account's sort code is missing.");
      Objects.requireNonNull(accountNumber, "The paying account's number is missing.");
    }
  }

  /** A file that cannot be written, with each problem in plain words. */
  public static final class RefusedException extends IllegalArgumentException {
    private final List<String> problems;

    RefusedException(List<String> problems) {
      super(String.join("\n", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private static final Map<String, String> LETTERS =
      Map.ofEntries(
          Map.entry("ß", "SS"),
          Map.entry("ẞ", "SS"),
          Map.entry("Æ", "AE"),
          Map.entry("æ", "AE"),
          Map.entry("Œ", "OE"),
          Map.entry("œ", "OE"),
          Map.entry("Ø", "O"),
          Map.entry("ø", "O"),
          Map.entry("Ł", "L"),
          Map.entry("ł", "L"),
          Map.entry("Đ", "D"),
          Map.entry("đ", "D"),
          Map.entry("Ð", "D"),
          Map.entry("ð", "D"),
          Map.entry("Þ", "TH"),
          Map.entry("þ", "TH"),
          Map.entry("ı", "I"));

  private static final String CRLF = "\r\n";

  // upper case Bacs characters, single spaces, nothing at either end: nothing to change
  private static final Pattern ALREADY_BACS = Pattern.compile("[A-Z0-9.&/-]+(?: [A-Z0-9.&/-]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
  private static final Pattern NOT_BACS = Pattern.compile("[^A-Z0-9 .&/-]");
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  private BacsStandard18File() {}

  /**
   * The Bacs dates for a pay day with the shipped England and Wales bank holidays: when the PAs are
   * credited, the processing day, and the day the file must be sent.
   */
  public static BacsDates dates(LocalDate payDay) {
    return BankHolidayResources.standardCalendar().datesFor(payDay);
  }

  /**
   * The complete file for a pay day, with the shipped bank holiday list and Vocalink tables.
   *
   * @param createdOn the day the file is made (HDR1's creation date and the volume serial)
   * @throws RefusedException listing every problem, if any
   */
  public static String render(
      Originator originator, LocalDate payDay, LocalDate createdOn, List<Credit> credits) {
    return render(originator, dates(payDay), createdOn, credits, ModulusChecker.standard());
  }

  /** The complete file for the given Bacs dates, checked with the given modulus checker. */
  public static String render(
      Originator originator,
      BacsDates dates,
      LocalDate createdOn,
      List<Credit> credits,
      ModulusChecker checker) {
    List<Credit> paid = check(originator.sortCode(), originator.accountNumber(), credits, checker);
    String sun = originator.serviceUserNumber();
    String serial =
        String.format(
            "%02d%02d%02d",
            createdOn.getYear() % 100, createdOn.getMonthValue(), createdOn.getDayOfMonth());
    String created = julian(createdOn);
    String processing = julian(dates.processingDay());
    StringBuilder file = new StringBuilder();
    file.append(label("VOL1" + serial + " " + " ".repeat(30) + sun + " ".repeat(32) + "1"));
    String fileHeader =
        "A"
            + sun
            + "S"
            + "  "
            + "1"
            + sun // file identifier
            + serial // set identification
            + "0001" // file section number
            + "0001" // file sequence number
            + "    " // generation number
            + "  " // generation version number
            + created // creation date
            + created // expiration date
            + " " // accessibility
            + "000000"; // block count
    file.append(label("HDR1" + fileHeader));
    file.append(label("HDR2" + "F" + "02000" + "00100" + " ".repeat(35) + "00"));
    file.append(label("UHL1" + processing + "999999    " + "00" + "000000" + "1 DAILY  " + "001"));
    Money total = Money.ZERO;
    for (Credit c : paid) {
      file.append(
              record(
                  c.sortCode(),
                  c.accountNumber(),
                  "99",
                  originator.sortCode(),
                  originator.accountNumber(),
                  c.amount(),
                  bacsText(originator.name()),
                  bacsText(c.reference()),
                  bacsText(c.accountName())))
          .append(CRLF);
      total = total.plus(c.amount());
    }
    file.append(
            record(
                originator.sortCode(),
                originator.accountNumber(),
                "17",
                originator.sortCode(),
                originator.accountNumber(),
                total,
                bacsText(originator.name()),
                "CONTRA",
                bacsText(originator.name())))
        .append(CRLF);
    file.append(label("EOF1" + fileHeader));
    file.append(label("EOF2" + "F" + "02000" + "00100" + " ".repeat(35) + "00"));
    String pence = String.format("%013d", pence(total));
    file.append(
        label(
            "UTL1"
                + pence // debit total: the contra
                + pence // credit total: the PAs
                + String.format("%07d", 1)
                + String.format("%07d", paid.size())));
    return file.toString();
  }

  /**
   * The payment records and contra alone, each followed by the processing day, as this class wrote
   * before it wrote a complete file.
   *
   * @deprecated not a file Bacs accepts (no labels, no service user number, and the day given is
   *     used as it is): use {@link #render(Originator, LocalDate, LocalDate, List)}
   */
  @Deprecated(forRemoval = true)
  public static String render(
      SortCode fromSortCode,
      BankAccountNumber fromAccount,
      String originatorName,
      LocalDate processingDay,
      List<Credit> credits) {
    List<Credit> paid = check(fromSortCode, fromAccount, credits, ModulusChecker.standard());
    String day = julian(processingDay) + CRLF;
    StringBuilder file = new StringBuilder();
    Money total = Money.ZERO;
    for (Credit c : paid) {
      file.append(
              record(
                  c.sortCode(),
                  c.accountNumber(),
                  "99",
                  fromSortCode,
                  fromAccount,
                  c.amount(),
                  bacsText(originatorName),
                  bacsText(c.reference()),
                  bacsText(c.accountName())))
          .append(day);
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
                bacsText(originatorName),
                "CONTRA",
                bacsText(originatorName)))
        .append(day);
    return file.toString();
  }

  /**
   * Every problem with the credits, or the credits to pay (those above zero: Bacs refuses zero
   * credits, and a negative net pay cannot be paid).
   */
  private static List<Credit> check(
      SortCode fromSortCode,
      BankAccountNumber fromAccount,
      List<Credit> credits,
      ModulusChecker checker) {
    List<String> problems = new ArrayList<>();
    if (checker.check(fromSortCode, fromAccount) == ModulusResult.INVALID) {
      problems.add("The paying account: " + BankDetails.refusal(fromSortCode, fromAccount));
    }
    List<Credit> paid = new ArrayList<>();
    for (Credit c : credits) {
      if (!c.amount().isPositive()) {
        continue;
      }
      String who = bacsText(c.accountName());
      String payee = who.isEmpty() ? "A payee" : who;
      if (who.isEmpty()) {
        problems.add(
            "A payment of "
                + c.amount().formatted()
                + " has no account name: enter the name on the PA's bank account.");
      }
      if (c.sortCode() == null || c.accountNumber() == null) {
        problems.add(payee + ": the sort code or account number is missing.");
      } else if (checker.check(c.sortCode(), c.accountNumber()) == ModulusResult.INVALID) {
        problems.add(payee + ": " + BankDetails.refusal(c.sortCode(), c.accountNumber()));
      }
      String reference = bacsText(c.reference());
      String alphanumerics = reference.replaceAll("[^A-Z0-9]", "");
      if (alphanumerics.length() < 6 || alphanumerics.chars().distinct().count() == 1) {
        problems.add(
            payee
                + ": the payment reference '"
                + (c.reference() == null ? "" : c.reference().strip())
                + "' is too short. Bacs needs at least six letters or numbers, not all the same,"
                + " such as WAGES NOV 2026.");
      } else if (reference.length() > 18) {
        problems.add(
            payee
                + ": the payment reference '"
                + reference
                + "' is longer than the 18 characters Bacs allows.");
      }
      paid.add(c);
    }
    if (!problems.isEmpty()) {
      throw new RefusedException(problems);
    }
    return paid;
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
      String accountName) {
    return to.value()
        + toAccount.value()
        + "0"
        + code
        + from.value()
        + fromAccount.value()
        + "    "
        + String.format("%011d", pence(amount))
        + field(name)
        + field(reference)
        + field(accountName);
  }

  private static long pence(Money amount) {
    return amount.amount().movePointRight(2).longValueExact();
  }

  /** An 80-character label record: left aligned, space padded. */
  private static String label(String text) {
    if (text.length() > 80) {
      throw new IllegalStateException("A label record is 80 characters: " + text);
    }
    return String.format("%-80s", text) + CRLF;
  }

  /** A date as Bacs writes it: a space, the year's last two digits and the day of the year. */
  static String julian(LocalDate day) {
    return String.format(" %02d%03d", day.getYear() % 100, day.getDayOfYear());
  }

  /** 18 characters of the Bacs character set, left aligned, space padded. */
  static String field(String text) {
    return String.format("%-18.18s", bacsText(text));
  }

  /**
   * Text in the Bacs character set: upper case, accents dropped ("Zoë" to "ZOE"), letters with no
   * accent form spelt out ("ß" to "SS"), apostrophes dropped, anything else a space, spaces
   * collapsed.
   */
  public static String bacsText(String text) {
    if (text == null) {
      return "";
    }
    if (ALREADY_BACS.matcher(text).matches()) {
      return text;
    }
    StringBuilder spelt = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String s = new String(Character.toChars(cp));
              spelt.append(LETTERS.getOrDefault(s, s));
            });
    String plain = MARKS.matcher(Normalizer.normalize(spelt, Normalizer.Form.NFKD)).replaceAll("");
    plain = APOSTROPHES.matcher(plain).replaceAll("").toUpperCase(Locale.ROOT);
    plain = NOT_BACS.matcher(plain).replaceAll(" ");
    return SPACES.matcher(plain).replaceAll(" ").strip();
  }
}
