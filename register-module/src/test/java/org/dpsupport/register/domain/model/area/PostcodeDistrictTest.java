package org.dpsupport.register.domain.model.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dpsupport.register.domain.model.InvalidDetailException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeDistrictTest {
  @ParameterizedTest(name = "''{0}'' is district {1}")
  @CsvSource({"RM10,RM10", "ig11,IG11", " E6 ,E6", "SW1A,SW1A", "W1D,W1D"})
  @DisplayName("outward codes are accepted in any case and tidied")
  void valid(String typed, String expected) {
    assertEquals(expected, PostcodeDistrict.of(typed).code());
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @ValueSource(strings = {"RM1O", "10RM", "R", "RMX10", "DAGENHAM"})
  @DisplayName("anything else is refused with an example of what to type")
  void invalid(String typed) {
    InvalidDetailException e =
        assertThrows(InvalidDetailException.class, () -> PostcodeDistrict.of(typed));
    assertEquals(
        "'"
            + typed
            + "' is not a postcode district. Please enter the first part of a postcode, for example RM10 (from RM10 8AB) or E6.",
        e.getMessage());
  }

  @org.junit.jupiter.api.Test
  @DisplayName(
      "a full postcode is refused with its district suggested; ofPostcode takes the district of a full one")
  void fullPostcode() {
    assertEquals(
        "'RM10 8AB' is a full postcode. Please enter only the first part, for example RM10.",
        assertThrows(InvalidDetailException.class, () -> PostcodeDistrict.of("RM10 8AB"))
            .getMessage());
    assertEquals(PostcodeDistrict.of("IG11"), PostcodeDistrict.ofPostcode("ig117lu"));
    assertEquals(PostcodeDistrict.of("E6"), PostcodeDistrict.ofPostcode("E6 2RT"));
  }
}
