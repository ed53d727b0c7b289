package org.dpsupport.payroll.domain.model.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmployeeIdentityTest {

  @Test
  @DisplayName("An NI number written with spaces and in lower case is accepted and normalised")
  void niNumberNormalised() {
    NationalInsuranceNumber nino = NationalInsuranceNumber.parse("jk 12 34 56 c");
    assertEquals("JK123456C", nino.value());
    assertEquals("JK 12 34 56 C", nino.formatted());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "QQ123456C",
        "JK123456E",
        "DA123456A",
        "AO123456A",
        "GB123456A",
        "TN123456A",
        "Q1234567A",
        "",
        "QQ12345C"
      })
  @DisplayName("NI numbers HMRC never issues are refused with what an NI number looks like")
  void badNiNumbers(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NationalInsuranceNumber.parse(text));
    assertTrue(
        e.getMessage().contains("two letters, six numbers and a letter A, B, C or D"),
        e.getMessage());
  }

  @Test
  @DisplayName("Sort codes with dashes or spaces are accepted; five digits are refused")
  void sortCodes() {
    assertEquals("200000", SortCode.parse("20-00-00").value());
    assertEquals("20-00-00", SortCode.parse("20 00 00").formatted());
    assertThrows(IllegalArgumentException.class, () -> SortCode.parse("20-00-0"));
  }

  @Test
  @DisplayName("A seven-digit account number gets its leading zero; ten digits are refused")
  void accountNumbers() {
    assertEquals("01234567", BankAccountNumber.parse("1234567").value());
    assertEquals("12345678", BankAccountNumber.parse("1234 5678").value());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BankAccountNumber.parse("1234567890"));
    assertTrue(e.getMessage().contains("eight"));
  }
}
