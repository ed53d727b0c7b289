package org.dpsupport.payroll.interfaces.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/**
 * The IRmark digested while the Body is written ({@link CanonicalBodyWriter}) is the one Apache
 * Santuario's canonicalisation of the parsed message gives ({@link IrMark#of(String)}), for text a
 * payroll can hold; where a parser would change the text, the writer says it is not exact.
 */
class CanonicalBodyWriterTest {

  private static final String AWKWARD =
      "Zoë O'Brien & <Sons> \"Ltd\" > café – 1½ hours, tab\there, line\nbreak, 😀 ß";

  @Test
  void digestsTheBodyAsCanonicalisingTheParsedMessageDoes() throws XMLStreamException {
    assertSameMark(AWKWARD, "a&b<c\"d'e>f é");
    assertSameMark("", "");
    assertSameMark("plain", "yes");
  }

  @Test
  void theRtiMessagesTakeTheDigestAsTheyWriteWhenItIsExact() throws XMLStreamException {
    CanonicalBodyWriter canonical = new CanonicalBodyWriter(IrMark.GOVTALK);
    body(canonical, AWKWARD, "v");
    assertTrue(canonical.exact());
  }

  @Test
  void textAParserWouldChangeIsNotExact() throws XMLStreamException {
    for (String[] c :
        new String[][] {
          {"carriage\rreturn", "v"},
          {"text", "tab\tin attribute"},
          {"text", "line\nin attribute"},
          {"control \u0001", "v"},
          {"lone \uD83D surrogate", "v"}
        }) {
      CanonicalBodyWriter canonical = new CanonicalBodyWriter(IrMark.GOVTALK);
      body(canonical, c[0], c[1]);
      assertFalse(canonical.exact(), c[0] + " / " + c[1]);
    }
  }

  private static void assertSameMark(String text, String attribute) throws XMLStreamException {
    StringWriter out = new StringWriter();
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("GovTalkMessage");
    x.writeDefaultNamespace(IrMark.GOVTALK);
    x.writeEmptyElement("EnvelopeVersion");
    body(x, text, attribute);
    x.writeEndElement();
    x.writeEndDocument();
    x.close();

    CanonicalBodyWriter canonical = new CanonicalBodyWriter(IrMark.GOVTALK);
    body(canonical, text, attribute);
    canonical.writeEndDocument();
    assertTrue(canonical.exact());
    assertEquals(IrMark.of(out.toString()), IrMark.ofCanonical(canonical.bytes()), out.toString());
  }

  /** A Body with nested namespaces, attributes out of order, empty elements and the text given. */
  private static void body(XMLStreamWriter x, String text, String attribute)
      throws XMLStreamException {
    x.writeStartElement("Body");
    x.writeStartElement("IRenvelope");
    x.writeDefaultNamespace(
        "http://www.govtalk.gov.uk/taxation/PAYE/RTI/FullPaymentSubmission/26-27/1");
    x.writeStartElement("IRheader");
    x.writeEmptyElement("Empty");
    x.writeStartElement("Key");
    x.writeAttribute("Type", "TaxOfficeNumber");
    x.writeAttribute("Basis", attribute);
    x.writeAttribute("A", "1");
    x.writeCharacters(text);
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement("Unqualified");
    x.writeDefaultNamespace("");
    x.writeStartElement("Inner");
    x.writeCharacters(text);
    x.writeCharacters(" and more");
    x.writeEndElement();
    x.writeEmptyElement("Blank");
    x.writeEndElement();
    x.writeStartElement("Name");
    x.writeCharacters(text);
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
  }
}
