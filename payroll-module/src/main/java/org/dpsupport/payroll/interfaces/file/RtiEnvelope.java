package org.dpsupport.payroll.interfaces.file;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;

/**
 * What HMRC's RTI messages (FPS, EPS) share: the IRenvelope with its IRheader (Keys, PeriodEnd,
 * DefaultCurrency, Sender), the message element in the tax year's namespace ({@code
 * http://www.govtalk.gov.uk/taxation/PAYE/RTI/<message>/YY-YY/1}) opened with EmpRefs, and the
 * small element writers both use.
 */
final class RtiEnvelope {

  /** Writes the message's own elements, after EmpRefs. */
  @FunctionalInterface
  interface Body {
    void write(XMLStreamWriter x) throws XMLStreamException;
  }

  private RtiEnvelope() {}

  static String namespace(String message, TaxYear year) {
    return "http://www.govtalk.gov.uk/taxation/PAYE/RTI/" + message + "/" + shortYear(year) + "/1";
  }

  static String shortYear(TaxYear year) {
    return String.format("%02d-%02d", year.startYear() % 100, (year.startYear() + 1) % 100);
  }

  /**
   * The whole message as XML text: envelope, header, {@code message} with EmpRefs, then the body.
   */
  static String render(String message, TaxYear year, EmployerDetails employer, Body body) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("IRenvelope");
      x.writeDefaultNamespace(namespace(message, year));
      x.writeStartElement("IRheader");
      x.writeStartElement("Keys");
      key(x, "TaxOfficeNumber", employer.taxOfficeNumber());
      key(x, "TaxOfficeReference", employer.taxOfficeReference());
      x.writeEndElement();
      element(x, "PeriodEnd", year.lastDay().toString());
      element(x, "DefaultCurrency", "GBP");
      element(x, "Sender", "Agent");
      x.writeEndElement();

      x.writeStartElement(message);
      x.writeStartElement("EmpRefs");
      element(x, "OfficeNo", employer.taxOfficeNumber());
      element(x, "PayeRef", employer.taxOfficeReference());
      element(x, "AORef", employer.accountsOfficeReference());
      x.writeEndElement();
      body.write(x);
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
      return out.toString();
    } catch (XMLStreamException ex) {
      throw new IllegalStateException("Could not write the " + message, ex);
    }
  }

  static void element(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value == null ? "" : value);
    x.writeEndElement();
  }

  private static void key(XMLStreamWriter x, String type, String value) throws XMLStreamException {
    x.writeStartElement("Key");
    x.writeAttribute("Type", type);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
