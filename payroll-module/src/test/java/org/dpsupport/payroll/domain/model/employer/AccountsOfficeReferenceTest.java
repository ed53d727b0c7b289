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
  @DisplayName("Worked: 1x9 + 2x10 + 0x11 + P(48)x12 + 1x4 = 609 = 26 x 23 + 11, letter 11 is L")
  void workedExample() {
    assertEquals(609 % 23, 11);
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

  /**
   * The references HMRC's own checker ({@code EpayeReferenceChecker} in github.com/hmrc/reference
   * -checker, {@code ModulusCheckerSpec}) publishes as valid and as invalid. References ending in a
   * letter (X, K) tell HMRC's letter values from a guess: X is 41 in HMRC's table.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "123PW12345678",
        "450PE00923437",
        "120PY19064375",
        "853PW0076584X",
        "846PS00928342",
        "961PA0045782X",
        "961PF10305739",
        "123PH45678900"
      })
  @DisplayName("HMRC's published valid references pass")
  void hmrcValid(String ref) {
    assertTrue(AccountsOfficeReference.isValid(ref), ref);
    assertEquals(ref, AccountsOfficeReference.parse(ref).value());
  }

  @Test
  @DisplayName(
      "HMRC's valid 450PA0096437K has the right check letter but could not be filed: the FPS schema wants seven digits and a digit or X")
  void validForTheCheckerButNotForTheSchema() {
    assertEquals('A', AccountsOfficeReference.checkCharacter("450PA0096437K"));
    assertFalse(AccountsOfficeReference.isValid("450PA0096437K"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AccountsOfficeReference.parse("450PA0096437K"));
    assertTrue(e.getMessage().contains("13 characters"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1234",
        "000PL00000000",
        "120PA12697495",
        "846PT00568772",
        "820PB0091254X",
        "961PI004578OQ",
        "123PW12345678Z",
        "8465L04697138",
        "120PW003179212324",
        "120PW0024",
        "123XH4!@£900",
        "961PA1145782X",
        "961PL004578FQ"
      })
  @DisplayName("HMRC's published invalid references are refused")
  void hmrcInvalid(String ref) {
    assertFalse(AccountsOfficeReference.isValid(ref), ref);
    assertThrows(IllegalArgumentException.class, () -> AccountsOfficeReference.parse(ref));
  }

  @Test
  @DisplayName("The example in the payroll-files conformance run (120PM00001001) is valid")
  void conformanceExample() {
    assertTrue(AccountsOfficeReference.isValid("120PM00001001"));
  }
}
