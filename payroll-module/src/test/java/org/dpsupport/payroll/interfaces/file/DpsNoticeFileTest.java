package org.dpsupport.payroll.interfaces.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.tax.TaxCodeNotice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DpsNoticeFileTest {

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = DpsNoticeFileTest.class.getResourceAsStream("/dps/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  @DisplayName(
      "A P6 with previous pay and tax, and a Scottish P6B on week 1/month 1, in the SOAP answer")
  void p6AndP6b() throws IOException {
    List<DpsNoticeFile.Notice> notices = DpsNoticeFile.read(fixture("p6-p6b-notices.xml"));
    assertEquals(2, notices.size());
    DpsNoticeFile.Notice p6 = notices.get(0);
    assertEquals(TaxCodeNotice.Kind.P6, p6.kind());
    assertEquals("475/RW10150", p6.employerRef());
    assertEquals("Amara Okafor", p6.name(), "the title is left out");
    assertEquals("CE101500A", p6.niNumber());
    assertEquals("PA-1", p6.worksNumber());
    assertEquals(LocalDate.of(2026, 11, 20), p6.issuedOn());
    assertEquals(LocalDate.of(2026, 11, 20), p6.effectiveFrom());
    assertEquals("1257L", p6.taxCode());
    assertFalse(p6.week1Month1());
    assertEquals(Money.of("9000.00"), p6.previousPay());
    assertEquals(Money.of("100.00"), p6.previousTax());

    DpsNoticeFile.Notice p6b = notices.get(1);
    assertEquals(TaxCodeNotice.Kind.P6B, p6b.kind());
    assertEquals("S1100L", p6b.taxCode(), "the Scottish regime puts the S in front");
    assertTrue(p6b.week1Month1());
    assertEquals("", p6b.worksNumber());
    assertFalse(p6b.hasPreviousPay());
    assertNull(p6b.previousTax());
  }

  @Test
  @DisplayName("A P9 in a bare DPSdata")
  void p9() throws IOException {
    DpsNoticeFile.Notice p9 = DpsNoticeFile.read(fixture("p9-notice.xml")).get(0);
    assertEquals(TaxCodeNotice.Kind.P9, p9.kind());
    assertEquals("1300L", p9.taxCode());
    assertEquals(LocalDate.of(2027, 4, 6), p9.effectiveFrom());
  }

  @Test
  @DisplayName("Refused in plain words: not XML, no notices, a bad code, a missing date, a DTD")
  void refusals() throws IOException {
    assertRefused("not readable XML", "PK\u0003\u0004 a zip".getBytes(StandardCharsets.UTF_8));
    assertRefused("is empty", new byte[0]);
    assertRefused(
        "holds no P6, P6B or P9",
        "<DPSdata xmlns=\"http://www.govtalk.gov.uk/taxation/DPSwrapper/1\"/>"
            .getBytes(StandardCharsets.UTF_8));
    String good = new String(fixture("p6-p6b-notices.xml"), StandardCharsets.UTF_8);
    assertRefused(
        "Notice 2 in the file (Iain Ross) has the tax code 'S11Q0L', which is not a tax code",
        good.replace(">1100L<", ">11Q0L<").getBytes(StandardCharsets.UTF_8));
    assertRefused(
        "Notice 1 in the file (Amara Okafor) has no effective date",
        good.replace("<EffectiveDate>2026-11-20</EffectiveDate>", "")
            .getBytes(StandardCharsets.UTF_8));
    assertRefused(
        "has a previous pay that is not an amount of money ('9,000')",
        good.replace("9000.00", "9,000").getBytes(StandardCharsets.UTF_8));
    assertRefused(
        "neither a National Insurance number nor a works number",
        good.replace("<NINO>CE101500A</NINO>", "")
            .replace("<WorksNumber>PA-1</WorksNumber>", "")
            .getBytes(StandardCharsets.UTF_8));
    assertRefused(
        "not readable XML",
        ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<x>&e;</x>")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRefused(String words, byte[] file) {
    DpsNoticeFile.Refused r =
        assertThrows(DpsNoticeFile.Refused.class, () -> DpsNoticeFile.read(file));
    assertTrue(r.getMessage().contains(words), r.getMessage());
  }
}
