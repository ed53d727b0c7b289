package org.dpsupport.server.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.dpsupport.kernel.Money;
import org.junit.jupiter.api.Test;

class MoneyConverterTest {

  private final MoneyConverter converter = new MoneyConverter();

  @Test
  void storesPoundsAndPenceAndReadsThemBack() {
    BigDecimal column = converter.convertToDatabaseColumn(Money.of("1156.25"));
    assertEquals(new BigDecimal("1156.25"), column);
    assertEquals(Money.of("1156.25"), converter.convertToEntityAttribute(column));
    assertEquals(Money.of("-20.00"), converter.convertToEntityAttribute(new BigDecimal("-20")));
  }

  @Test
  void nullStaysNull() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }

  @Test
  void aFractionOfAPennyInAColumnIsAFaultNotRounded() {
    assertThrows(
        IllegalArgumentException.class,
        () -> converter.convertToEntityAttribute(new BigDecimal("12.345")));
  }
}
