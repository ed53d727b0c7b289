package org.dpsupport.payroll.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dpsupport.payroll.domain.model.bank.ModulusResult;
import org.dpsupport.payroll.domain.model.bank.ModulusTable;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.infrastructure.resources.VocalinkTables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every test case in chapter 3 ("Test data and expected results") of Vocalink's "Validating account
 * numbers: UK modulus checking" v6.40 ({@code ../shared/specs/vocalink/}), run against the weight
 * and substitution tables shipped in {@code src/main/resources/vocalink/}.
 */
class ModulusCheckerTest {

  private static final ModulusChecker CHECKER = ModulusChecker.standard();

  @ParameterizedTest(name = "Vocalink test {0}: {1} {2} {3} ({4})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1  | 089999 | 66374958 | Y | Pass modulus 10 check
          2  | 107999 | 88837491 | Y | Pass modulus 11 check
          3  | 202959 | 63748472 | Y | Pass modulus 11 and double alternate checks
          4  | 871427 | 46238510 | Y | Exception 10 & 11 where first check passes and second check fails
          5  | 872427 | 46238510 | Y | Exception 10 & 11 where first check fails and second check passes
          6  | 871427 | 09123496 | Y | Exception 10 where ab=09 and g=9; first check passes, second fails
          7  | 871427 | 99123496 | Y | Exception 10 where ab=99 and g=9; first check passes, second fails
          8  | 820000 | 73688637 | Y | Exception 3, start of a range; as c=6 the second check is ignored
          9  | 827999 | 73988638 | Y | Exception 3, end of a range; as c=9 the second check is ignored
          10 | 827101 | 28748352 | Y | Exception 3; as c<>6 or 9 both checks are performed and pass
          11 | 134020 | 63849203 | Y | Exception 4 where the remainder equals the check digit
          12 | 118765 | 64371389 | Y | Exception 1: 27 added to the total, passes double alternate
          13 | 200915 | 41011166 | Y | Exception 6: fails the standard check but is a foreign currency account
          14 | 938611 | 07806039 | Y | Exception 5 where the check passes
          15 | 938600 | 42368003 | Y | Exception 5 where the check passes with substitution
          16 | 938063 | 55065200 | Y | Exception 5 where both checks produce a remainder of 0 and pass
          17 | 772798 | 99345694 | Y | Exception 7: passes but would fail the standard check
          18 | 086090 | 06774744 | Y | Exception 8 where the check passes
          19 | 309070 | 02355688 | Y | Exception 2 & 9 where the first check passes
          20 | 309070 | 12345668 | Y | Exception 2 & 9: first check fails, second passes with substitution
          21 | 309070 | 12345677 | Y | Exception 2 & 9 where a<>0 and g<>9 and passes
          22 | 309070 | 99345694 | Y | Exception 2 & 9 where a<>0 and g=9 and passes
          23 | 938063 | 15764273 | N | Exception 5: first check digit correct, second incorrect
          24 | 938063 | 15764264 | N | Exception 5: first check digit incorrect, second correct
          25 | 938063 | 15763217 | N | Exception 5: first check digit incorrect with a remainder of 1
          26 | 118765 | 64371388 | N | Exception 1 where it fails the double alternate check
          27 | 203099 | 66831036 | N | Pass modulus 11 check and fail double alternate check
          28 | 203099 | 58716970 | N | Fail modulus 11 check and pass double alternate check
          29 | 089999 | 66374959 | N | Fail modulus 10 check
          30 | 107999 | 88837493 | N | Fail modulus 11 check
          31 | 074456 | 12345112 | Y | Exception 12/13: passes modulus 11 (modulus 10 would fail)
          32 | 070116 | 34012583 | Y | Exception 12/13: passes modulus 11 (modulus 10 passes as well)
          33 | 074456 | 11104102 | Y | Exception 12/13: fails modulus 11, passes modulus 10
          34 | 180002 | 00000190 | Y | Exception 14: first check fails, second check passes
          """)
  void vocalinkTestCase(
      int number, String sortCode, String accountNumber, String valid, String description) {
    ModulusResult result = CHECKER.check(sortCode, accountNumber);
    if (valid.equals("Y")) {
      assertTrue(result.acceptable(), "test " + number + " should be valid, was " + result);
      // every valid test case has its sort code in the table (none is valid by default) except
      // exception 6's foreign currency account, which cannot be checked
      assertEquals(
          number == 13 ? ModulusResult.NOT_CHECKED : ModulusResult.VALID, result, "test " + number);
    } else {
      assertEquals(ModulusResult.INVALID, result, "test " + number + ": " + description);
    }
  }

  @Test
  @DisplayName("Exception 14's worked examples (section 2.2.2): 98093517 passes the first check")
  void exception14Examples() {
    assertEquals(ModulusResult.VALID, CHECKER.check("180002", "98093517"));
    assertEquals(ModulusResult.VALID, CHECKER.check("180002", "00000190"));
    // h is not 0, 1 or 9: not a Coutts account number
    assertEquals(ModulusResult.INVALID, CHECKER.check("180002", "00000192"));
  }

  @Test
  @DisplayName("Worked examples of section 1.3: double alternate 499273 12345678, standard 11")
  void workedExamples() {
    // 499273 12345678: the double alternate total is 70 in Vocalink's example; the sort code's own
    // table entry decides in practice, so check through a one-row table
    ModulusTable dblal =
        new ModulusTable(
            List.of(
                org.dpsupport.payroll.domain.model.bank.ModulusWeight.parse(
                    "499273 499273 DBLAL    2    1    2    1    2    1    2    1    2    1    2    1    2    1")),
            java.util.Map.of(),
            "test");
    assertEquals(ModulusResult.VALID, new ModulusChecker(dblal).check("499273", "12345678"));
    assertEquals(ModulusResult.INVALID, new ModulusChecker(dblal).check("499273", "12345679"));
    ModulusTable mod11 =
        new ModulusTable(
            List.of(
                org.dpsupport.payroll.domain.model.bank.ModulusWeight.parse(
                    "000000 000000 MOD11    0    0    0    0    0    0    7    5    8    3    4    6    2    1")),
            java.util.Map.of(),
            "test");
    assertEquals(ModulusResult.VALID, new ModulusChecker(mod11).check("000000", "58177632"));
  }

  @Test
  @DisplayName("A sort code outside every range cannot be checked and is presumed valid")
  void notInTable() {
    assertEquals(ModulusResult.NOT_CHECKED, CHECKER.check("999999", "12345678"));
    assertTrue(CHECKER.check("999999", "12345678").acceptable());
  }

  @Test
  @DisplayName("The shipped tables are Vocalink's v8.50 files, all 1,151 rows and 21 substitutions")
  void shippedTables() {
    assertEquals(1151, CHECKER.table().size());
    assertEquals("938017", CHECKER.table().substituteFor("938173"));
    assertEquals("123456", CHECKER.table().substituteFor("123456"));
    assertEquals(
        ModulusResult.VALID,
        CHECKER.check(SortCode.parse("08-99-99"), BankAccountNumber.parse("66374958")));
  }

  @Test
  @DisplayName("A newer table from disk replaces the shipped one (the data file is replaceable)")
  void replaceableTable(@TempDir Path dir) throws IOException {
    Path weights = dir.resolve("valacdos.txt");
    Path subs = dir.resolve("scsubtab.txt");
    // a table where 089999 moves to modulus 11 with other weights: Vocalink's test 1 now fails
    Files.writeString(
        weights,
        "089999 089999 MOD11    0    0    0    0    0    0    8    7    6    5    4    3    2    1\r\n");
    Files.writeString(subs, "");
    ModulusChecker replaced = new ModulusChecker(VocalinkTables.load(weights, subs));
    assertEquals(ModulusResult.INVALID, replaced.check("089999", "66374958"));
    assertEquals(ModulusResult.NOT_CHECKED, replaced.check("107999", "88837491"));
    Files.writeString(weights, "089999 089999 MOD12 0 0\n");
    IllegalStateException bad =
        assertThrows(IllegalStateException.class, () -> VocalinkTables.load(weights, subs));
    assertTrue(bad.getMessage().contains("Line 1 of the modulus weight table"), bad.getMessage());
  }

  @Test
  @DisplayName("BankDetails refuses a failing pair in plain words and keeps a passing one")
  void bankDetails() {
    org.dpsupport.payroll.domain.model.employee.BankDetails ok =
        org.dpsupport.payroll.domain.model.employee.BankDetails.of("08-99-99", "66374958");
    assertEquals("089999", ok.sortCode().value());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                org.dpsupport.payroll.domain.model.employee.BankDetails.of("08-99-99", "66374959"));
    assertEquals(
        "The account number 66374959 cannot belong to sort code 08-99-99: the bank's own check on"
            + " the pair fails. Check both against a bank statement or the bank card, number by"
            + " number; a digit is often swapped or missed.",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> org.dpsupport.payroll.domain.model.employee.BankDetails.of("08-99-9", "66374958"));
  }
}
