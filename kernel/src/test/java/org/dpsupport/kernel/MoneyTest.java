package org.dpsupport.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Money: pounds to the penny, one format for people, one for files")
class MoneyTest {

  @Test
  @DisplayName("people see £1,150.00 and -£20.00; files (and toString) get 1150.00 and -20.00")
  void twoForms() {
    assertEquals("£1,150.00", Money.parse("1150").formatted());
    assertEquals("-£20.00", Money.parse("-20").formatted());
    assertEquals("£0.05", Money.parse("0.05").formatted());
    assertEquals("£1,234,567.89", Money.parse("1234567.89").formatted());
    assertEquals("1150.00", Money.parse("1150").toString());
    assertEquals("1150.00", Money.parse("1150").toPlainString());
    assertEquals("-20.00", Money.parse("-20").toPlainString());
  }

  @Test
  @DisplayName("a figure that is not yet Money is shown rounded half up: £12.2075 is £12.21")
  void formatsRawPounds() {
    assertEquals("£12.21", Money.format(new BigDecimal("12.2075")));
    assertEquals("£0.00", Money.format(new BigDecimal("-0.004")));
    assertEquals("", Money.format(null));
  }

  @Test
  @DisplayName("amounts are written as the UK's DecimalFormat #,##0.00 writes them, sign in front")
  void formatsAsDecimalFormat() {
    java.text.DecimalFormat uk =
        new java.text.DecimalFormat(
            "#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
    java.util.Random random = new java.util.Random(14);
    java.util.List<BigDecimal> amounts = new java.util.ArrayList<>();
    for (String s :
        new String[] {
          "0",
          "0.001",
          "0.005",
          "-0.005",
          "9.995",
          "99.999",
          "999.99",
          "999.995",
          "1000",
          "-1000",
          "99999.99",
          "100000",
          "999999.995",
          "1000000",
          "-123456789.01",
          "1E+3",
          "5E-3"
        }) {
      amounts.add(new BigDecimal(s));
    }
    for (int i = 0; i < 5000; i++) {
      amounts.add(BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(5)));
    }
    for (BigDecimal a : amounts) {
      BigDecimal pence = a.setScale(2, java.math.RoundingMode.HALF_UP);
      String expected = (pence.signum() < 0 ? "-£" : "£") + uk.format(pence.abs());
      assertEquals(expected, Money.format(a), a.toPlainString());
    }
  }

  @Test
  @DisplayName("a fraction of a penny is refused in words, unless a rounding is named")
  void penniesOnly() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Money.parse("12.345"));
    assertTrue(e.getMessage().contains("fraction of a penny"), e.getMessage());
    assertEquals(Money.parse("12.35"), Money.of(new BigDecimal("12.345"), RoundingMode.HALF_UP));
    assertThrows(NumberFormatException.class, () -> Money.parse("about 1700"));
    assertThrows(NumberFormatException.class, () -> Money.parse(" "));
  }

  @Test
  @DisplayName("arithmetic keeps two places; multiplying names its rounding")
  void arithmetic() {
    Money a = Money.parse("100.10");
    assertEquals(Money.parse("75.05"), a.minus(Money.parse("25.05")));
    assertEquals(Money.parse("-100.10"), a.negated());
    assertEquals(a, a.negated().abs());
    Money tenPoundsFive = Money.parse("10.05");
    BigDecimal half = new BigDecimal("0.5");
    assertEquals(Money.parse("5.03"), tenPoundsFive.multipliedBy(half, RoundingMode.HALF_UP));
    assertEquals(Money.parse("5.02"), tenPoundsFive.multipliedBy(half, RoundingMode.DOWN));
    assertEquals(Money.parse("100.00"), a.roundedDownToPounds());
    assertEquals(Money.parse("300.30"), Money.total(List.of(a, a, a)));
    assertEquals(Money.ZERO, Money.zero());
    assertTrue(Money.parse("0").isZero());
    assertEquals(Money.ofPounds(3), Money.of("3.00"));
  }
}
