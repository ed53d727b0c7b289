package org.dpsupport.payroll.domain.model.pension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PensionDutiesTest {

  // A holder's first PA starts on 5 October 2026: the employer's duties start that day.
  private final PensionDuties duties = new PensionDuties(LocalDate.of(2026, 10, 5));

  @Test
  @DisplayName("Declaration of compliance: within five months of the duties start date")
  void declaration() {
    // 5 October + 5 months = 5 March 2027; "within" five months: by 4 March 2027
    assertEquals(LocalDate.of(2027, 3, 4), duties.declarationDue());
  }

  @Test
  @DisplayName(
      "Re-enrolment: the third anniversary, a window three months either side, re-declaration"
          + " within five months; then every three years")
  void reEnrolment() {
    PensionDuties.ReEnrolment first = duties.nextReEnrolment(LocalDate.of(2026, 12, 6));
    assertEquals(LocalDate.of(2029, 10, 5), first.anniversary());
    assertEquals(LocalDate.of(2029, 7, 5), first.windowOpens());
    assertEquals(LocalDate.of(2030, 1, 5), first.windowCloses());
    assertEquals(LocalDate.of(2030, 3, 4), first.reDeclarationDue());
    // still the 2029 one until its window closes, then the next cycle
    assertEquals(
        LocalDate.of(2029, 10, 5), duties.nextReEnrolment(LocalDate.of(2030, 1, 5)).anniversary());
    assertEquals(
        LocalDate.of(2032, 10, 5), duties.nextReEnrolment(LocalDate.of(2030, 1, 6)).anniversary());
  }

  @Test
  @DisplayName("Only PAs who left the scheme more than 12 months before are re-enrolled")
  void whoIsReEnrolled() {
    PensionDuties.ReEnrolment r = duties.nextReEnrolment(LocalDate.of(2029, 1, 1));
    LocalDate on = r.anniversary();
    assertTrue(r.reEnrols(LocalDate.of(2028, 10, 4), on));
    assertFalse(r.reEnrols(LocalDate.of(2028, 10, 5), on), "exactly 12 months: not yet");
    assertFalse(r.reEnrols(LocalDate.of(2029, 3, 1), on));
    assertFalse(r.reEnrols(null, on), "a member who never left");
  }
}
