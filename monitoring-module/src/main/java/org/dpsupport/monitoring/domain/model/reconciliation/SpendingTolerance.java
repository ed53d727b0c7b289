package org.dpsupport.monitoring.domain.model.reconciliation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.dpsupport.kernel.Money;

/**
 * How far a budget holder's declared spending on a category may differ from what the statements
 * show before it is worth an officer's time: the larger of {@code minimum} and {@code percent} of
 * the category (the larger of the two figures, so the rule is the same whichever is bigger). A
 * council setting.
 */
public record SpendingTolerance(Money minimum, BigDecimal percent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public SpendingTolerance {
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(percent, "percent");
    if (minimum.isNegative() || percent.signum() < 0) {
      throw new IllegalArgumentException("A tolerance cannot be negative");
    }
  }

  /** The difference allowed between these two figures for one category. */
  public Money allowed(Money declared, Money shown) {
    Money share = declared.max(shown).multipliedBy(percent.divide(HUNDRED), RoundingMode.HALF_UP);
    return minimum.max(share);
  }

  /** True when the figures differ by more than is {@link #allowed}. */
  public boolean material(Money declared, Money shown) {
    return declared.minus(shown).abs().compareTo(allowed(declared, shown)) > 0;
  }
}
