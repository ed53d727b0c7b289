package org.dpsupport.payroll.domain.model.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxCodeTest {

  @ParameterizedTest(name = "{0} is a {2} code for {1}, number {3}, week 1/month 1: {4}")
  @CsvSource({
    "1257L, REST_OF_UK, SUFFIX, 1257, false",
    "S1257L, SCOTLAND, SUFFIX, 1257, false",
    "C1257L, WALES, SUFFIX, 1257, false",
    "1257M, REST_OF_UK, SUFFIX, 1257, false",
    "1385N, REST_OF_UK, SUFFIX, 1385, false",
    "0T, REST_OF_UK, SUFFIX, 0, false",
    "1257L W1, REST_OF_UK, SUFFIX, 1257, true",
    "1257L M1, REST_OF_UK, SUFFIX, 1257, true",
    "1257LX, REST_OF_UK, SUFFIX, 1257, true",
    "0T/M1, REST_OF_UK, SUFFIX, 0, true",
    "K475, REST_OF_UK, K, 475, false",
    "SK585, SCOTLAND, K, 585, false",
    "CK100 W1, WALES, K, 100, true",
    "BR, REST_OF_UK, FLAT_RATE, 0, false",
    "SBR, SCOTLAND, FLAT_RATE, 0, false",
    "CBR, WALES, FLAT_RATE, 0, false",
    "D0, REST_OF_UK, FLAT_RATE, 0, false",
    "D1, REST_OF_UK, FLAT_RATE, 0, false",
    "SD0, SCOTLAND, FLAT_RATE, 0, false",
    "SD3, SCOTLAND, FLAT_RATE, 0, false",
    "CD1, WALES, FLAT_RATE, 0, false",
    "NT, REST_OF_UK, NO_TAX, 0, false",
    "s1257l, SCOTLAND, SUFFIX, 1257, false"
  })
  void parsesEveryKindOfCode(
      String text, TaxRegime regime, TaxCode.Kind kind, int number, boolean nonCumulative) {
    TaxCode code = TaxCode.parse(text);
    assertEquals(regime, code.regime());
    assertEquals(kind, code.kind());
    assertEquals(number, code.number());
    assertEquals(nonCumulative, code.nonCumulative());
  }

  @Test
  @DisplayName("SD1 is a Scottish 42% code; D2 does not exist outside Scotland")
  void dCodesByRegime() {
    assertEquals("D1", TaxCode.parse("SD1").flatRateKey());
    InvalidTaxCodeException e =
        assertThrows(InvalidTaxCodeException.class, () -> TaxCode.parse("D2"));
    assertTrue(e.getMessage().contains("D codes run D0 to D1"), e.getMessage());
    assertThrows(InvalidTaxCodeException.class, () -> TaxCode.parse("SD4"));
  }

  @ParameterizedTest(name = "''{0}'' is rejected with a message saying what a code looks like")
  @CsvSource({"1257Q", "L1257", "K", "XYZ", "12345678L", "DR"})
  void rejectsCodesHmrcDoesNotIssue(String text) {
    InvalidTaxCodeException e =
        assertThrows(InvalidTaxCodeException.class, () -> TaxCode.parse(text));
    assertTrue(e.getMessage().contains("A tax code looks like 1257L"), e.getMessage());
  }

  @Test
  @DisplayName("a missing code tells the clerk where to find one")
  void missingCode() {
    InvalidTaxCodeException e =
        assertThrows(InvalidTaxCodeException.class, () -> TaxCode.parse(" "));
    assertTrue(e.getMessage().contains("P45"), e.getMessage());
  }

  @Test
  @DisplayName(
      "operating a code on a week 1/month 1 basis keeps the code and marks it non-cumulative")
  void week1Month1() {
    TaxCode code = TaxCode.parse("1257L").onWeek1Month1Basis();
    assertTrue(code.nonCumulative());
    assertEquals("1257L W1/M1", code.toString());
    assertFalse(TaxCode.parse("1257L").nonCumulative());
  }
}
