package org.dpsupport.payroll.domain.model.taxyear;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.dpsupport.kernel.Money;

/**
 * A P60 given to a PA for a tax year: the pay and tax it shows (to tell whether a late run has
 * changed them since), when it was made and by whom (the year-end job or a person).
 */
public record IssuedP60(
    long employmentId,
    TaxYear taxYear,
    Money taxablePay,
    Money tax,
    OffsetDateTime madeAt,
    String madeBy) {

  public IssuedP60 {
    Objects.requireNonNull(taxYear, "The tax year is missing.");
    Objects.requireNonNull(taxablePay, "The pay is missing.");
    Objects.requireNonNull(tax, "The tax is missing.");
    Objects.requireNonNull(madeAt, "When it was made is missing.");
    Objects.requireNonNull(madeBy, "Who made it is missing.");
  }

  /** Whether this P60 still shows the year's figures: the same pay and tax. */
  public boolean shows(Money pay, Money taxDeducted) {
    return taxablePay.equals(pay) && tax.equals(taxDeducted);
  }
}
