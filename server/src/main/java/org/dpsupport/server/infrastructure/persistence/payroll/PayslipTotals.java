package org.dpsupport.server.infrastructure.persistence.payroll;

import java.util.List;
import org.dpsupport.kernel.Money;

/**
 * Adds up payslips' money columns in Java. The columns are {@link Money} through the auto-applied
 * converter; a JPQL {@code sum(...)} over them would hand back the database's number and bypass it,
 * so the stores select the amounts and total them here.
 */
final class PayslipTotals {
  private PayslipTotals() {}

  /**
   * The column totals of {@code rows}, each holding {@link Money} from index {@code from} on: one
   * total per column, zero for every column when there are no rows.
   */
  static Money[] columns(List<Object[]> rows, int from, int count) {
    Money[] totals = new Money[count];
    java.util.Arrays.fill(totals, Money.ZERO);
    for (Object[] row : rows) {
      for (int c = 0; c < count; c++) {
        totals[c] = totals[c].plus((Money) row[from + c]);
      }
    }
    return totals;
  }
}
