package org.dpsupport.payroll.domain.model.payrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PayRunStatusTest {

  @Test
  @DisplayName("Draft, calculated, approved, finalised; a finalised run cannot change")
  void lifecycle() {
    PayRunStatus s = PayRunStatus.DRAFT.calculate().calculate().approve().finalise();
    assertEquals(PayRunStatus.FINALISED, s);
    var e = assertThrows(PayRunStateException.class, s::calculate);
    assertTrue(e.getMessage().contains("next period"), e.getMessage());
    assertThrows(PayRunStateException.class, s::backToDraft);
    assertThrows(PayRunStateException.class, PayRunStatus.DRAFT::approve);
    assertThrows(PayRunStateException.class, PayRunStatus.CALCULATED::finalise);
    assertEquals(PayRunStatus.DRAFT, PayRunStatus.APPROVED.backToDraft());
  }

  @Test
  @DisplayName("A pay day of the 31st in November is paid on the 30th")
  void monthlyPeriod() {
    PayPeriod p = PayPeriod.monthly(YearMonth.of(2026, 11), 31);
    assertEquals(LocalDate.of(2026, 11, 30), p.paymentDate());
    assertEquals(LocalDate.of(2026, 12, 31), p.nextMonth(31).paymentDate());
  }
}
