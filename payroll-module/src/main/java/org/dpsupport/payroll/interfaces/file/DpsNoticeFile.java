package org.dpsupport.payroll.interfaces.file;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.payroll.domain.model.tax.TaxCodeNotice;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the tax code notices HMRC's Data Provisioning Service (DPS) gives an employer or agent: the
 * {@code DPSretrieve} answer for P6 and P6B ({@code CodingNoticesP6P6B}, namespace {@value
 * #P6_NAMESPACE}) and P9 ({@code CodingNoticeP9}, namespace {@value #P9_NAMESPACE}) notices, as
 * saved from PAYE Online or a DPS client, inside the SOAP envelope or not.
 *
 * <p>Each notice names the employer ({@code EmployerRef}), the employee ({@code Name}, {@code
 * NINO}, {@code WorksNumber}), the date of issue ({@code IssueDate}), the date it takes effect
 * ({@code EffectiveDate}) and the code ({@code CodingUpdate/TaxCode}, with {@code
 * Week1Month1Indicator} and {@code TaxRegime}); a P6 can also carry the pay and tax in earlier
 * employments this tax year ({@code TotalPreviousPay}, {@code TotalPreviousTax}). Source: HMRC,
 * "PAYE Online for Employers: Data Provisioning Service API" and its outgoing schemas
 * (CodingNoticesP6P6B/2, CodingNoticeP9/2). The test fixtures follow that layout; no file taken
 * from HMRC's live service is in the specs.
 *
 * <p>The whole file is read before anything is used: a file that is not XML, holds no notices or
 * has a notice with a missing or wrong field is refused with {@link Refused}, saying which notice.
 */
public final class DpsNoticeFile {

  public static final String P6_NAMESPACE =
      "http://www.govtalk.gov.uk/taxation/CodingNoticesP6P6B/2";
  public static final String P9_NAMESPACE = "http://www.govtalk.gov.uk/taxation/CodingNoticeP9/2";

  /** One notice as the file gives it; previous pay and tax are null where the notice has none. */
  public record Notice(
      TaxCodeNotice.Kind kind,
      String employerRef,
      String name,
      String niNumber,
      String worksNumber,
      LocalDate issuedOn,
      LocalDate effectiveFrom,
      String taxCode,
      boolean week1Month1,
      Money previousPay,
      Money previousTax) {

    /** Whether the notice carries pay and tax from earlier employments. */
    public boolean hasPreviousPay() {
      return previousPay != null;
    }
  }

  /** A file that cannot be used, with a sentence saying what to do. */
  public static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private DpsNoticeFile() {}

  /** Every P6, P6B and P9 notice in the file, in file order; refused whole if one is wrong. */
  public static List<Notice> read(byte[] file) {
    if (file == null || file.length == 0) {
      throw new Refused("The file is empty. Choose the tax code notices file saved from HMRC.");
    }
    Document doc;
    try {
      doc = IrMark.parse(new String(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new Refused(
          "This file is not a notices file from HMRC: it is not readable XML. Save the P6, P6B or"
              + " P9 notices from HMRC's PAYE Online again and upload that file.");
    }
    List<Element> found = new ArrayList<>();
    collect(doc.getDocumentElement(), found);
    if (found.isEmpty()) {
      throw new Refused(
          "This file holds no P6, P6B or P9 tax code notices. Upload the notices file from HMRC's"
              + " Data Provisioning Service (PAYE Online).");
    }
    List<Notice> notices = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      notices.add(notice(found.get(i), i + 1));
    }
    return List.copyOf(notices);
  }

  private static void collect(Element e, List<Element> out) {
    String ns = e.getNamespaceURI();
    if ((P6_NAMESPACE.equals(ns) && "CodingNoticesP6P6B".equals(e.getLocalName()))
        || (P9_NAMESPACE.equals(ns) && "CodingNoticeP9".equals(e.getLocalName()))) {
      out.add(e);
      return;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        collect(child, out);
      }
    }
  }

  private static Notice notice(Element e, int number) {
    String ns = e.getNamespaceURI();
    String name = name(child(e, ns, "Name"), ns);
    String where = "Notice " + number + " in the file" + (name.isEmpty() ? "" : " (" + name + ")");
    TaxCodeNotice.Kind kind =
        switch (e.getAttribute("FormType").strip().toUpperCase(Locale.ROOT)) {
          case "P6" -> TaxCodeNotice.Kind.P6;
          case "P6B" -> TaxCodeNotice.Kind.P6B;
          case "P9" -> TaxCodeNotice.Kind.P9;
          default ->
              throw new Refused(
                  where + " does not say whether it is a P6, P6B or P9. Nothing was recorded.");
        };
    LocalDate issued = date(e.getAttribute("IssueDate"), where, "date of issue");
    LocalDate effective = date(text(child(e, ns, "EffectiveDate")), where, "effective date");
    String nino = text(child(e, ns, "NINO")).replace(" ", "").toUpperCase(Locale.ROOT);
    String works = text(child(e, ns, "WorksNumber"));
    if (nino.isEmpty() && works.isEmpty()) {
      throw new Refused(
          where
              + " has neither a National Insurance number nor a works number, so it cannot be"
              + " matched to a PA. Nothing was recorded.");
    }
    Element update = child(e, ns, "CodingUpdate");
    Element codeElement = update == null ? null : child(update, ns, "TaxCode");
    String code = text(codeElement).replace(" ", "").toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      throw new Refused(where + " has no tax code. Nothing was recorded.");
    }
    String regime = codeElement.getAttribute("TaxRegime").strip().toUpperCase(Locale.ROOT);
    if (("S".equals(regime) || "C".equals(regime)) && !code.startsWith(regime)) {
      code = regime + code; // a Scottish or Welsh code is sent without its letter
    }
    try {
      TaxCode.parse(code);
    } catch (IllegalArgumentException ex) {
      throw new Refused(
          where
              + " has the tax code '"
              + code
              + "', which is not a tax code. Nothing was recorded.");
    }
    boolean week1 = !codeElement.getAttribute("Week1Month1Indicator").isBlank();
    Money pay = money(text(child(update, ns, "TotalPreviousPay")), where, "previous pay");
    Money tax = money(text(child(update, ns, "TotalPreviousTax")), where, "previous tax");
    if (pay == null && tax != null) {
      pay = Money.ZERO;
    }
    if (pay != null && tax == null) {
      tax = Money.ZERO;
    }
    return new Notice(
        kind,
        text(child(e, ns, "EmployerRef")).replace(" ", "").toUpperCase(Locale.ROOT),
        name,
        nino,
        works,
        issued,
        effective,
        code,
        week1,
        pay,
        tax);
  }

  private static String name(Element nameElement, String ns) {
    if (nameElement == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Node n = nameElement.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element part
          && ns.equals(part.getNamespaceURI())
          && !"Title".equals(part.getLocalName())) {
        String t = text(part);
        if (!t.isEmpty()) {
          parts.add(t);
        }
      }
    }
    return String.join(" ", parts);
  }

  private static LocalDate date(String text, String where, String what) {
    if (text.isEmpty()) {
      throw new Refused(where + " has no " + what + ". Nothing was recorded.");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException ex) {
      throw new Refused(
          where + " has a " + what + " that is not a date ('" + text + "'). Nothing was recorded.");
    }
  }

  private static Money money(String text, String where, String what) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      Money m = Money.parse(text);
      if (m.isNegative() && "previous pay".equals(what)) {
        throw new IllegalArgumentException("negative");
      }
      return m;
    } catch (IllegalArgumentException ex) {
      throw new Refused(
          where
              + " has a "
              + what
              + " that is not an amount of money ('"
              + text
              + "'). Nothing was recorded.");
    }
  }

  private static Element child(Element parent, String ns, String localName) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c
          && localName.equals(c.getLocalName())
          && ns.equals(c.getNamespaceURI())) {
        return c;
      }
    }
    return null;
  }

  private static String text(Element e) {
    return e == null ? "" : e.getTextContent().strip();
  }
}
