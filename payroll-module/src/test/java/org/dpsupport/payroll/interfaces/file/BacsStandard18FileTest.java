package org.dpsupport.payroll.interfaces.file;

import static org.dpsupport.payroll.application.BureauFixtures.NOVEMBER;
import static org.dpsupport.payroll.application.BureauFixtures.anEmployer;
import static org.dpsupport.payroll.application.BureauFixtures.priya;
import static org.dpsupport.payroll.application.BureauFixtures.tom;
import static org.dpsupport.payroll.application.BureauFixtures.weekdays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayRunCalculator;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.interfaces.file.BacsStandard18File.Credit;
import org.dpsupport.payroll.interfaces.file.BacsStandard18File.Originator;
import org.dpsupport.payroll.interfaces.file.BacsStandard18File.RefusedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Standard 18 file read back record by record against the layout: each field by its positions
 * (1-based, inclusive, as Bacs numbers them).
 */
class BacsStandard18FileTest {

  private static final List<EmployeePay> RUN =
      new PayRunCalculator(GrossToNetCalculator.withStandardTaxYears())
          .calculate(
              anEmployer(),
              NOVEMBER,
              List.of(
                  new EmployeeToPay(priya(), weekdays(priya(), 8), null),
                  new EmployeeToPay(tom(), weekdays(tom(), 3), null)),
              BigDecimal.ZERO);

  private static final Originator EASTBROOK =
      new Originator(
          "412345", "M Okafor DP", anEmployer().sortCode(), anEmployer().accountNumber());

  private static final LocalDate PREPARED = LocalDate.of(2026, 11, 19);

  private static List<Credit> credits() {
    return RUN.stream()
        .map(
            p ->
                new Credit(
                    p.employee().sortCode(),
                    p.employee().accountNumber(),
                    p.employee().accountName(),
                    p.result().netPay(),
                    "WAGES NOV 2026"))
        .toList();
  }

  /** The fields of a record, 1-based inclusive positions as in the Bacs layout. */
  private static Map<String, String> fields(String record, Object... layout) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < layout.length; i += 3) {
      out.put((String) layout[i], record.substring((int) layout[i + 1] - 1, (int) layout[i + 2]));
    }
    return out;
  }

  private static final Object[] LABEL_HDR = {
    "label", 1, 4,
    "fileIdentifier", 5, 21,
    "setIdentification", 22, 27,
    "fileSection", 28, 31,
    "fileSequence", 32, 35,
    "generation", 36, 41,
    "creationDate", 42, 47,
    "expirationDate", 48, 53,
    "accessibility", 54, 54,
    "blockCount", 55, 60,
    "systemCodeAndReserved", 61, 80
  };

  private static final Object[] PAYMENT = {
    "destinationSortCode", 1, 6,
    "destinationAccount", 7, 14,
    "accountType", 15, 15,
    "transactionCode", 16, 17,
    "originatingSortCode", 18, 23,
    "originatingAccount", 24, 31,
    "free", 32, 35,
    "amountInPence", 36, 46,
    "serviceUserName", 47, 64,
    "reference", 65, 82,
    "destinationAccountName", 83, 100
  };

  @Test
  @DisplayName(
      "Every record read back against the Standard 18 layout: labels, payments, contra, trailer")
  void readBackRecordByRecord() {
    String file = BacsStandard18File.render(EASTBROOK, NOVEMBER.paymentDate(), PREPARED, credits());
    assertTrue(file.endsWith("\r\n"));
    String[] r = file.split("\r\n");
    assertEquals(10, r.length, "VOL1 HDR1 HDR2 UHL1, two credits, contra, EOF1 EOF2 UTL1");
    int[] lengths = {80, 80, 80, 80, 100, 100, 100, 80, 80, 80};
    for (int i = 0; i < lengths.length; i++) {
      assertEquals(lengths[i], r[i].length(), "record " + (i + 1) + ": " + r[i]);
      assertTrue(r[i].matches("[A-Z0-9 .&/-]*"), "Bacs character set only: " + r[i]);
    }

    // VOL1: volume serial (the preparation date), owner = service user number, label level 1
    Map<String, String> vol =
        fields(
            r[0],
            "label",
            1,
            4,
            "serial",
            5,
            10,
            "access",
            11,
            11,
            "reserved",
            12,
            41,
            "owner",
            42,
            47,
            "reserved2",
            48,
            79,
            "level",
            80,
            80);
    assertEquals("VOL1", vol.get("label"));
    assertEquals("261119", vol.get("serial"));
    assertEquals("412345", vol.get("owner"));
    assertEquals("1", vol.get("level"));
    assertTrue(vol.get("reserved").isBlank() && vol.get("reserved2").isBlank());

    // HDR1: file identifier A + SUN + S + 1 + SUN, created 19 Nov 2026 (day 323)
    Map<String, String> hdr1 = fields(r[1], LABEL_HDR);
    assertEquals("HDR1", hdr1.get("label"));
    assertEquals("A412345S  1412345", hdr1.get("fileIdentifier"));
    assertEquals("261119", hdr1.get("setIdentification"));
    assertEquals("0001", hdr1.get("fileSection"));
    assertEquals("0001", hdr1.get("fileSequence"));
    assertEquals(" 26323", hdr1.get("creationDate"));
    assertEquals(" 26323", hdr1.get("expirationDate"));
    assertEquals("000000", hdr1.get("blockCount"));

    // HDR2: fixed format F, block 02000, record 00100, buffer offset 00
    Map<String, String> hdr2 =
        fields(
            r[2],
            "label",
            1,
            4,
            "format",
            5,
            5,
            "block",
            6,
            10,
            "record",
            11,
            15,
            "reserved",
            16,
            50,
            "offset",
            51,
            52,
            "reserved2",
            53,
            80);
    assertEquals("HDR2", hdr2.get("label"));
    assertEquals("F", hdr2.get("format"));
    assertEquals("02000", hdr2.get("block"));
    assertEquals("00100", hdr2.get("record"));
    assertEquals("00", hdr2.get("offset"));

    // UHL1: pay day Saturday 28 Nov 2026 -> credited Friday 27th -> processed Thursday 26th (330)
    Map<String, String> uhl =
        fields(
            r[3],
            "label",
            1,
            4,
            "processingDay",
            5,
            10,
            "receiver",
            11,
            20,
            "currency",
            21,
            22,
            "country",
            23,
            28,
            "workCode",
            29,
            37,
            "fileNumber",
            38,
            40,
            "reserved",
            41,
            80);
    assertEquals("UHL1", uhl.get("label"));
    assertEquals(" 26330", uhl.get("processingDay"));
    assertEquals("999999    ", uhl.get("receiver"));
    assertEquals("00", uhl.get("currency"));
    assertEquals("000000", uhl.get("country"));
    assertEquals("1 DAILY  ", uhl.get("workCode"));
    assertEquals("001", uhl.get("fileNumber"));

    // the credits
    String[][] payees = {{"200000", "55780098", "P SHAH"}, {"309457", "01234567", "T BAKER"}};
    Money total = Money.ZERO;
    for (int i = 0; i < 2; i++) {
      Map<String, String> p = fields(r[4 + i], PAYMENT);
      assertEquals(payees[i][0], p.get("destinationSortCode"));
      assertEquals(payees[i][1], p.get("destinationAccount"), "seven digits padded with a zero");
      assertEquals("0", p.get("accountType"));
      assertEquals("99", p.get("transactionCode"));
      assertEquals("401122", p.get("originatingSortCode"));
      assertEquals("31926853", p.get("originatingAccount"));
      assertEquals("    ", p.get("free"));
      Money net = RUN.get(i).result().netPay();
      assertEquals(
          String.format("%011d", net.amount().movePointRight(2).longValueExact()),
          p.get("amountInPence"));
      assertEquals(String.format("%-18s", "M OKAFOR DP"), p.get("serviceUserName"));
      assertEquals(String.format("%-18s", "WAGES NOV 2026"), p.get("reference"));
      assertEquals(String.format("%-18s", payees[i][2]), p.get("destinationAccountName"));
      total = total.plus(net);
    }

    // the contra: debit (17) of the employer's account for the total
    Map<String, String> contra = fields(r[6], PAYMENT);
    assertEquals("401122", contra.get("destinationSortCode"));
    assertEquals("31926853", contra.get("destinationAccount"));
    assertEquals("17", contra.get("transactionCode"));
    assertEquals(
        "40112231926853", contra.get("originatingSortCode") + contra.get("originatingAccount"));
    String totalPence = String.format("%011d", total.amount().movePointRight(2).longValueExact());
    assertEquals(totalPence, contra.get("amountInPence"));
    assertEquals(String.format("%-18s", "CONTRA"), contra.get("reference"));
    assertEquals(String.format("%-18s", "M OKAFOR DP"), contra.get("destinationAccountName"));

    // EOF1 and EOF2 repeat HDR1 and HDR2
    assertEquals("EOF1" + r[1].substring(4), r[7]);
    assertEquals("EOF2" + r[2].substring(4), r[8]);

    // UTL1: debit and credit totals (13 digits) and counts (7 digits)
    Map<String, String> utl =
        fields(
            r[9],
            "label",
            1,
            4,
            "debitTotal",
            5,
            17,
            "creditTotal",
            18,
            30,
            "debitCount",
            31,
            37,
            "creditCount",
            38,
            44,
            "reserved",
            45,
            80);
    assertEquals("UTL1", utl.get("label"));
    assertEquals("00" + totalPence, utl.get("debitTotal"));
    assertEquals("00" + totalPence, utl.get("creditTotal"));
    assertEquals("0000001", utl.get("debitCount"));
    assertEquals("0000002", utl.get("creditCount"));
    assertTrue(utl.get("reserved").isBlank());
  }

  @Test
  @DisplayName("Names are transliterated to the Bacs character set: Zoë is ZOE, not ZO")
  void transliteration() {
    assertEquals("ZOE", BacsStandard18File.bacsText("Zoë"));
    assertEquals("ZOE O NEILL-SMITH", BacsStandard18File.bacsText("Zoë  O Neill-Smith"));
    assertEquals("SEAN ONEILL", BacsStandard18File.bacsText("Seán O'Neill"));
    assertEquals("LUKASZ ZOLC", BacsStandard18File.bacsText("Łukasz Żółć"));
    assertEquals("STRASSE & SOREN AE", BacsStandard18File.bacsText("Straße & Søren Æ"));
    assertEquals("J BLOGGS", BacsStandard18File.bacsText("J. Bloggs!".replace(".", "")));
    assertEquals("A B", BacsStandard18File.bacsText("a_b"));
    List<Credit> zoe =
        List.of(
            new Credit(
                SortCode.parse("08-99-99"),
                BankAccountNumber.parse("66374958"),
                "Zoë Brontë",
                Money.of("100.00"),
                "Wages Nov 2026"));
    String record =
        BacsStandard18File.render(EASTBROOK, NOVEMBER.paymentDate(), PREPARED, zoe)
            .split("\r\n")[4];
    assertEquals(String.format("%-18s", "ZOE BRONTE"), record.substring(82, 100));
    assertEquals(String.format("%-18s", "WAGES NOV 2026"), record.substring(64, 82));
  }

  @Test
  @DisplayName("References of fewer than six letters or numbers, or all one character, are refused")
  void shortReferencesRefused() {
    for (String reference : new String[] {"WAGES", "", null, "111111", "A-B-C-D-E", "ÉÉ ÉÉ ÉÉ"}) {
      RefusedException e =
          assertThrows(
              RefusedException.class,
              () ->
                  BacsStandard18File.render(
                      EASTBROOK,
                      NOVEMBER.paymentDate(),
                      PREPARED,
                      List.of(
                          new Credit(
                              SortCode.parse("08-99-99"),
                              BankAccountNumber.parse("66374958"),
                              "A CHEN",
                              Money.of("10.00"),
                              reference))),
              String.valueOf(reference));
      assertEquals(1, e.problems().size());
      assertTrue(e.getMessage().startsWith("A CHEN: the payment reference"), e.getMessage());
      assertTrue(e.getMessage().contains("at least six letters or numbers"), e.getMessage());
    }
    assertThrows(
        RefusedException.class,
        () ->
            BacsStandard18File.render(
                EASTBROOK,
                NOVEMBER.paymentDate(),
                PREPARED,
                List.of(
                    new Credit(
                        SortCode.parse("08-99-99"),
                        BankAccountNumber.parse("66374958"),
                        "A CHEN",
                        Money.of("10.00"),
                        "WAGES FOR NOVEMBER 2026"))));
  }

  @Test
  @DisplayName("Bank details failing the modulus check refuse the whole file, one line per problem")
  void modulusCheckBeforeWriting() {
    List<Credit> credits = new ArrayList<>(credits());
    credits.add(
        new Credit(
            SortCode.parse("08-99-99"),
            BankAccountNumber.parse("66374959"),
            "B LOWRY",
            Money.of("50.00"),
            "WAGES NOV 2026"));
    Originator badPayer =
        new Originator(
            "412345",
            "M OKAFOR DP",
            SortCode.parse("10-79-99"),
            BankAccountNumber.parse("88837493"));
    RefusedException e =
        assertThrows(
            RefusedException.class,
            () -> BacsStandard18File.render(badPayer, NOVEMBER.paymentDate(), PREPARED, credits));
    assertEquals(
        List.of(
            "The paying account: The account number 88837493 cannot belong to sort code 10-79-99:"
                + " the bank's own check on the pair fails. Check both against a bank statement or"
                + " the bank card, number by number; a digit is often swapped or missed.",
            "B LOWRY: The account number 66374959 cannot belong to sort code 08-99-99: the bank's"
                + " own check on the pair fails. Check both against a bank statement or the bank"
                + " card, number by number; a digit is often swapped or missed."),
        e.problems());
  }

  @Test
  @DisplayName("A PA with nothing to pay gets no record; the trailer counts what is in the file")
  void zeroPayNotCredited() {
    List<Credit> credits = new ArrayList<>(credits());
    credits.add(
        new Credit(
            SortCode.parse("08-99-99"),
            BankAccountNumber.parse("66374958"),
            "B LOWRY",
            Money.ZERO,
            "WAGES NOV 2026"));
    String[] r =
        BacsStandard18File.render(EASTBROOK, NOVEMBER.paymentDate(), PREPARED, credits)
            .split("\r\n");
    assertEquals(10, r.length);
    assertEquals("0000002", r[9].substring(37, 44));
  }

  @Test
  @DisplayName("A service user number is six digits")
  void serviceUserNumber() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Originator(
                    "B12345", "X", anEmployer().sortCode(), anEmployer().accountNumber()));
    assertTrue(e.getMessage().contains("is not a Bacs service user number"), e.getMessage());
  }

  @Test
  @DisplayName("A Monday pay day is processed on the Friday before and sent on the Thursday")
  void mondayPayDay() {
    var dates = BacsStandard18File.dates(LocalDate.of(2026, 9, 28));
    assertEquals(LocalDate.of(2026, 9, 28), dates.creditDay());
    assertEquals(LocalDate.of(2026, 9, 25), dates.processingDay());
    assertEquals(LocalDate.of(2026, 9, 24), dates.inputDay());
    assertEquals(" 26268", BacsStandard18File.julian(dates.processingDay()));
  }
}
