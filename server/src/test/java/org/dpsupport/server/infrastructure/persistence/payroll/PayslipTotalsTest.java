package org.dpsupport.server.infrastructure.persistence.payroll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.dpsupport.kernel.Money;
import org.junit.jupiter.api.Test;

class PayslipTotalsTest {

  @Test
  void addsUpEachMoneyColumnFromTheGivenIndex() {
    List<Object[]> rows =
        List.of(
            new Object[] {7L, Money.of("100.10"), Money.of("20.05")},
            new Object[] {7L, Money.of("0.90"), Money.of("-5.00")});

    assertArrayEquals(
        new Money[] {Money.of("101.00"), Money.of("15.05")}, PayslipTotals.columns(rows, 1, 2));
  }

  @Test
  void noRowsGiveZeroInEveryColumn() {
    assertArrayEquals(
        new Money[] {Money.ZERO, Money.ZERO, Money.ZERO}, PayslipTotals.columns(List.of(), 0, 3));
  }
}
