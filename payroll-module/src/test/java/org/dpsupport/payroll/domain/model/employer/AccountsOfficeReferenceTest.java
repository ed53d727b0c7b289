package org.dpsupport.payroll.domain.model.employer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HMRC's modulus 23 check character on the Accounts Office reference. */
class AccountsOfficeReferenceTest {

  @Test
  @DisplayName("HMRC's example 123PW12345678 is valid")
  void hmrcExampleIsValid() {
    assertEquals("123PW12345678", AccountsOfficeReference.parse("123pw 1234 5678").value());
    assertTrue(AccountsOfficeReference.isValid("123PW12345678"));
  }

  @Test
  @DisplayName("120PD00001000 fails: its check character should be L")
  void wrongCheckCharacter() {
    assertFalse(AccountsOfficeReference.isValid("120PD00001000"));
    assertTrue(AccountsOfficeReference.isValid("120PL00001000"));
    assertEquals('L', AccountsOfficeReference.checkCharacter("120PD00001000"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AccountsOfficeReference.parse("120PD00001000"));
    assertTrue(e.getMessage().contains("check letter"), e.getMessage());
    assertFalse(e.getMessage().contains("L0"), "the message does not give the answer away");
  }

  @Test
  @DisplayName("Worked: 1x9 + 2x10 + 0x11 + P(25)x12 + 1x4 = 333 = 14 x 23 + 11, letter 11 is L")
  void workedExample() {
    assertEquals(333 % 23, 11);
    assertEquals('L', "ABCDEFGHXJKLMNYPQRSTZVW".charAt(11));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123PX12345678", // one letter off
        "123PW12345679", // last digit changed
        "124PW12345678", // district changed
        "123PW1234567", // too short
        "123QW12345678", // no P
        "123PW1234567Y", // last character neither digit nor X
        ""
      })
  @DisplayName("Wrong references are refused")
  void invalid(String ref) {
    assertFalse(AccountsOfficeReference.isValid(ref));
    assertThrows(IllegalArgumentException.class, () -> AccountsOfficeReference.parse(ref));
  }

  @Test
  @DisplayName("Every check letter is reachable, and a reference ending in X is checked too")
  void withCheckCharacter() {
    AccountsOfficeReference a = AccountsOfficeReference.withCheckCharacter("120", "00001000");
    assertEquals("120PL00001000", a.value());
    AccountsOfficeReference x = AccountsOfficeReference.withCheckCharacter("475", "0001234X");
    assertTrue(AccountsOfficeReference.isValid(x.value()));
    java.util.Set<Character> letters = new java.util.HashSet<>();
    for (int n = 0; n < 100; n++) {
      letters.add(
          AccountsOfficeReference.withCheckCharacter("120", String.format("%08d", n))
              .value()
              .charAt(4));
    }
    assertEquals(23, letters.size());
  }

  @Test
  @DisplayName("The example in the payroll-files conformance run (120PM00001001) is valid")
  void conformanceExample() {
    assertTrue(AccountsOfficeReference.isValid("120PM00001001"));
  }
}
