package org.dpsupport.server.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import org.dpsupport.kernel.Money;

/**
 * The one mapping between a money column ({@code numeric(…, 2)}) and the kernel's {@link Money}:
 * every entity field typed {@code Money} is stored through it (auto-applied), so stores and
 * application services never copy amounts in and out of {@code BigDecimal}. A null column is a null
 * field; a column holding a fraction of a penny is refused as a data fault, not rounded.
 */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(Money money) {
    return money == null ? null : money.amount();
  }

  @Override
  public Money convertToEntityAttribute(BigDecimal column) {
    return column == null ? null : Money.of(column);
  }
}
