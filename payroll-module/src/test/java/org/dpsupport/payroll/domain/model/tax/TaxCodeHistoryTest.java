package org.dpsupport.payroll.domain.model.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dpsupport.payroll.domain.model.tax.TaxCodeNotice.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaxCodeHistoryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private static TaxCodeNotice starter(String code, boolean w1m1, LocalDate start) {
    return new TaxCodeNotice(Kind.STARTER, code, w1m1, start, start);
  }

  @Nested
  @DisplayName("Which code a pay day uses")
  class InForce {

    @Test
    @DisplayName("A P6 is used from the pay day on or after its date, not before")
    void p6FromItsDate() {
      TaxCodeHistory history =
          new TaxCodeHistory(
              List.of(
                  starter("0T", true, LocalDate.of(2026, 8, 3)),
                  TaxCodeNotice.fromHmrc(
                      Kind.P6, "1257L", false, LocalDate.of(2026, 11, 20), null, TODAY)));
      assertEquals("0T", history.on(LocalDate.of(2026, 10, 28)).orElseThrow().taxCode());
      assertTrue(history.on(LocalDate.of(2026, 10, 28)).orElseThrow().week1Month1());
      TaxCodeHistory.InForce november = history.on(LocalDate.of(2026, 11, 28)).orElseThrow();
      assertEquals("1257L", november.taxCode());
      assertFalse(november.week1Month1(), "the P6 puts the PA back on a cumulative basis");
      assertEquals(Kind.P6, november.from().kind());
    }

    @Test
    @DisplayName("Of two notices in use, the one issued last wins (P9X: scrap the earlier one)")
    void latestIssuedWins() {
      TaxCodeNotice p6Early =
          TaxCodeNotice.fromHmrc(
              Kind.P6, "1100L", false, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), TODAY);
      TaxCodeNotice p6Later =
          TaxCodeNotice.fromHmrc(
              Kind.P6B, "K120", false, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 20), TODAY);
      TaxCodeHistory history = new TaxCodeHistory(List.of(p6Later, p6Early));
      // on 28 October both are in use: the one with the later date of issue is the code
      assertEquals("K120", history.on(LocalDate.of(2026, 10, 28)).orElseThrow().taxCode());
    }

    @Test
    @DisplayName(
        "P9X: a code carried into a new tax year keeps its number but not week 1/month 1; a P9"
            + " replaces it from 6 April")
    void yearStart() {
      TaxCodeNotice w1 =
          TaxCodeNotice.fromHmrc(
              Kind.P6, "S1257L M1", false, LocalDate.of(2026, 11, 2), null, TODAY);
      TaxCodeHistory carried = new TaxCodeHistory(List.of(w1));
      assertEquals("S1257L", w1.taxCode());
      assertTrue(carried.on(LocalDate.of(2027, 3, 28)).orElseThrow().week1Month1());
      TaxCodeHistory.InForce april = carried.on(LocalDate.of(2027, 4, 28)).orElseThrow();
      assertEquals("S1257L", april.taxCode());
      assertFalse(april.week1Month1(), "week 1/month 1 is not carried over");
      assertTrue(april.carriedForward());

      TaxCodeNotice p9 =
          TaxCodeNotice.fromHmrc(
              Kind.P9, "S1300L", false, LocalDate.of(2027, 2, 10), null, LocalDate.of(2027, 2, 11));
      assertEquals(LocalDate.of(2027, 4, 6), p9.usedFrom());
      TaxCodeHistory withP9 = new TaxCodeHistory(List.of(w1, p9));
      assertEquals("S1257L", withP9.on(LocalDate.of(2027, 3, 28)).orElseThrow().taxCode());
      assertEquals("S1300L", withP9.on(LocalDate.of(2027, 4, 28)).orElseThrow().taxCode());
      assertEquals(List.of(p9), withP9.comingAfter(LocalDate.of(2027, 3, 28)));
    }

    @Test
    @DisplayName("A P9 is for the tax year that starts on the next 6 April, whenever it is sent")
    void p9Year() {
      for (String issued : List.of("2026-10-01", "2026-12-01", "2027-01-15", "2027-04-05")) {
        assertEquals(
            LocalDate.of(2027, 4, 6),
            TaxCodeNotice.fromHmrc(
                    Kind.P9,
                    "1257L",
                    false,
                    LocalDate.parse(issued),
                    null,
                    LocalDate.of(2027, 4, 5))
                .usedFrom(),
            issued);
      }
      // one sent late, after 6 April, is for the year already started
      assertEquals(
          LocalDate.of(2027, 4, 6),
          TaxCodeNotice.fromHmrc(
                  Kind.P9,
                  "1257L",
                  false,
                  LocalDate.of(2027, 4, 20),
                  null,
                  LocalDate.of(2027, 5, 1))
              .usedFrom());
    }

    @Test
    @DisplayName("Nothing in use yet: no code from the history")
    void nothingYet() {
      TaxCodeHistory history =
          new TaxCodeHistory(List.of(starter("1257L", false, LocalDate.of(2026, 12, 1))));
      assertTrue(history.on(LocalDate.of(2026, 11, 28)).isEmpty());
    }
  }

  @Nested
  @DisplayName("Notices refused in plain words")
  class Refused {

    @Test
    void aCodeThatIsNotOne() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  TaxCodeNotice.fromHmrc(
                      Kind.P6, "1257Q", false, LocalDate.of(2026, 11, 20), null, TODAY));
      assertTrue(e.getMessage().contains("A tax code looks like 1257L"), e.getMessage());
    }

    @Test
    void datedInTheFuture() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  TaxCodeNotice.fromHmrc(
                      Kind.P6, "1257L", false, LocalDate.of(2026, 12, 20), null, TODAY));
      assertEquals(
          "The date of issue, 20 December 2026, is in the future. Check the date printed on the"
              + " notice.",
          e.getMessage());
    }

    @Test
    void usedBeforeItWasIssued() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  TaxCodeNotice.fromHmrc(
                      Kind.P6,
                      "1257L",
                      false,
                      LocalDate.of(2026, 11, 20),
                      LocalDate.of(2026, 11, 1),
                      TODAY));
      assertTrue(e.getMessage().startsWith("A code cannot be used before HMRC issued it"));
    }

    @Test
    void aP9NotFromSixthApril() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  TaxCodeNotice.fromHmrc(
                      Kind.P9,
                      "1257L",
                      false,
                      LocalDate.of(2026, 11, 20),
                      LocalDate.of(2026, 12, 1),
                      TODAY));
      assertTrue(e.getMessage().contains("used from 6 April"), e.getMessage());
    }

    @Test
    void theStarterCodeIsNotAnHmrcNotice() {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              TaxCodeNotice.fromHmrc(
                  Kind.STARTER, "1257L", false, LocalDate.of(2026, 11, 20), null, TODAY));
    }
  }
}
