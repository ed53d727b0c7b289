package org.dpsupport.server.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PlainWordsTest {

  @Test
  void moneyAlwaysHasTwoPlacesAndThousands() {
    assertEquals("£1,150.00", PlainWords.money(new BigDecimal("1150")));
    assertEquals("£12.90", PlainWords.money(new BigDecimal("12.9")));
    assertEquals("£1,234,567.89", PlainWords.money(new BigDecimal("1234567.89")));
    assertEquals("-£20.00", PlainWords.money(new BigDecimal("-20")));
    assertEquals("£0.01", PlainWords.money(new BigDecimal("0.005")));
    assertEquals("", PlainWords.money(null));
  }

  @Test
  void datesAndTimesInGovukStyle() {
    assertEquals("28 December 2026", PlainWords.date(LocalDate.of(2026, 12, 28)));
    assertEquals(
        "1 July 2026 at 3:05pm",
        PlainWords.dateTime(OffsetDateTime.of(2026, 7, 1, 14, 5, 0, 0, ZoneOffset.UTC)));
  }

  @Test
  void statusesInWordsWithTheirTag() {
    assertEquals("Overdue", PlainWords.status("OVERDUE"));
    assertEquals("govuk-tag govuk-tag--red", PlainWords.tagClass("OVERDUE"));
    assertEquals("Both agreed: contact details shared", PlainWords.status("BOTH_AGREED"));
    assertEquals("Monday morning", PlainWords.status("MONDAY:MORNING"));
    assertEquals("govuk-tag", PlainWords.tagClass("SOMETHING_NEW"));
    assertEquals("Wages for your personal assistants", PlainWords.category("PA_WAGES"));
    assertEquals("Day activities", PlainWords.category("DAY_ACTIVITIES"));
    assertEquals("Garden care", PlainWords.category("GARDEN_CARE"));
  }

  @Test
  void isoDatesInASentenceBecomeWords() {
    assertEquals(
        "£75.09 to HMRC by 22 November 2026, paid 1 December 2026.",
        PlainWords.datesInWords("£75.09 to HMRC by 2026-11-22, paid 2026-12-01."));
    assertEquals("reference 2026-13-45", PlainWords.datesInWords("reference 2026-13-45"));
  }

  @Test
  void poundsRefuseWordsNegativesAndFractionsOfAPenny() {
    assertEquals(new BigDecimal("1200.00"), FormInput.pounds("1,200", "x", null).value());
    assertEquals(new BigDecimal("410.50"), FormInput.pounds(" £410.5 ", "x", null).value());
    assertFalse(FormInput.pounds("about 1700", "what you spent", null).ok());
    assertTrue(
        FormInput.pounds("-20", "what you spent", null).error().endsWith("must be 0 or more"));
    assertFalse(FormInput.pounds("1.005", "x", null).ok());
    assertEquals(
        "Enter what you spent, in pounds and pence, for example 125.50",
        FormInput.pounds("", "what you spent", null).error());
    assertEquals(BigDecimal.ZERO, FormInput.pounds("", "x", BigDecimal.ZERO).value());
  }

  @Test
  void datesFromThreeBoxes() {
    assertEquals(LocalDate.of(2027, 3, 27), FormInput.date("27", "3", "2027", "the date").value());
    assertEquals("Enter the date", FormInput.date("", " ", null, "the date").error());
    assertEquals(
        "The date must include a month", FormInput.date("27", "", "2027", "the date").error());
    assertEquals(
        "The date must be a real date", FormInput.date("31", "2", "2027", "the date").error());
    assertNull(FormInput.date("1", "1", "2027", "the date").error());
    assertFalse(FormInput.date("1", "1", "27", "the date").ok());
  }
}
