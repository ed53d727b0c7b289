package org.dpsupport.payroll.interfaces.file;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;

/**
 * What HMRC's RTI messages (FPS, EPS) share: the whole GovTalk message (envelope 2.0-HMRC) as the
 * Government Gateway takes it. {@code GovTalkMessage} holds the Header (message class, request,
 * submit), GovTalkDetails (the employer's TaxOfficeNumber and TaxOfficeReference keys, the target
 * and the channel: HMRC's vendor ID for the software, its name and version) and the Body, which
 * holds the IRenvelope: IRheader (Keys, PeriodEnd, DefaultCurrency, IRmark, Sender), then the
 * message element in the tax year's namespace ({@code
 * http://www.govtalk.gov.uk/taxation/PAYE/RTI/<message>/YY-YY/1}) opened with EmpRefs.
 *
 * <p>The IRmark is computed over the finished Body ({@link IrMark}) and written into the IRheader.
 * The Gateway sign-in (SenderDetails) is left out: it is the bureau's credential, added by whatever
 * transmits the message, and it is outside the Body, so adding it leaves the IRmark valid.
 */
public final class RtiEnvelope {

  /**
   * How the message is routed: HMRC's vendor ID for this software (HMRC issues one on recognition),
   * the product name and version, and whether it is for HMRC's test service (GatewayTest 1). Set
   * {@code dps.rti.vendorId} and {@code dps.rti.gatewayTest} as system properties to change the
   * defaults.
   */
  public record Channel(String vendorId, String product, String version, boolean gatewayTest) {
    public static Channel configured() {
      return new Channel(
          System.getProperty("dps.rti.vendorId", "0000"),
          "DP Support",
          "1.0",
          Boolean.parseBoolean(System.getProperty("dps.rti.gatewayTest", "false")));
    }
  }

  /** Writes the message's own elements, after EmpRefs. */
  @FunctionalInterface
  interface Body {
    void write(XMLStreamWriter x) throws XMLStreamException;
  }

  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

  private RtiEnvelope() {}

  static String namespace(String message, TaxYear year) {
    return "http://www.govtalk.gov.uk/taxation/PAYE/RTI/" + message + "/" + shortYear(year) + "/1";
  }

  static String shortYear(TaxYear year) {
    return String.format("%02d-%02d", year.startYear() % 100, (year.startYear() + 1) % 100);
  }

  /** The GovTalk message class: HMRC-PAYE-RTI-FPS for an FPS, HMRC-PAYE-RTI-EPS for an EPS. */
  static String messageClass(String message) {
    return switch (message) {
      case "FullPaymentSubmission" -> "HMRC-PAYE-RTI-FPS";
      case "EmployerPaymentSummary" -> "HMRC-PAYE-RTI-EPS";
      default -> throw new IllegalArgumentException("Not an RTI message: " + message);
    };
  }

  /**
   * The whole GovTalk message as XML text, with its IRmark: envelope, header, IRenvelope, {@code
   * message} with EmpRefs, then the body.
   */
  static String render(
      String message, TaxYear year, EmployerDetails employer, Channel channel, Body body) {
    String unmarked = write(message, year, employer, channel, body);
    String mark = irMark(message, year, employer, body);
    if (mark == null) {
      mark = IrMark.of(unmarked);
    }
    // the IRmark goes in the IRheader just before Sender (HMRC's IRheader sequence); nothing else
    // in the message is named Sender, and no whitespace is written, so the Body is unchanged
    int sender = unmarked.indexOf("<Sender>");
    return unmarked.substring(0, sender)
        + "<IRmark Type=\"generic\">"
        + mark
        + "</IRmark>"
        + unmarked.substring(sender);
  }

  private static String write(
      String message, TaxYear year, EmployerDetails employer, Channel channel, Body body) {
    try {
      StringWriter out = new StringWriter(4096);
      XMLStreamWriter x = OUTPUT.createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("GovTalkMessage");
      x.writeDefaultNamespace(IrMark.GOVTALK);
      element(x, "EnvelopeVersion", "2.0");
      x.writeStartElement("Header");
      x.writeStartElement("MessageDetails");
      element(x, "Class", messageClass(message));
      element(x, "Qualifier", "request");
      element(x, "Function", "submit");
      element(x, "CorrelationID", "");
      element(x, "Transformation", "XML");
      if (channel.gatewayTest()) {
        element(x, "GatewayTest", "1");
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeStartElement("GovTalkDetails");
      x.writeStartElement("Keys");
      key(x, "TaxOfficeNumber", employer.taxOfficeNumber());
      key(x, "TaxOfficeReference", employer.taxOfficeReference());
      x.writeEndElement();
      x.writeStartElement("TargetDetails");
      element(x, "Organisation", "IR");
      x.writeEndElement();
      x.writeStartElement("ChannelRouting");
      x.writeStartElement("Channel");
      element(x, "URI", channel.vendorId());
      element(x, "Product", channel.product());
      element(x, "Version", channel.version());
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();

      writeBody(x, message, year, employer, body);
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
      return out.toString();
    } catch (XMLStreamException ex) {
      throw new IllegalStateException("Could not write the " + message, ex);
    }
  }

  /**
   * The IRmark of the Body as {@link #write} writes it, digested as it is written in canonical form
   * ({@link CanonicalBodyWriter}) rather than by parsing the message back; null if the Body holds
   * text a parser would read differently, when the caller digests the parsed message instead.
   */
  private static String irMark(String message, TaxYear year, EmployerDetails employer, Body body) {
    CanonicalBodyWriter canonical = new CanonicalBodyWriter(IrMark.GOVTALK);
    try {
      writeBody(canonical, message, year, employer, body);
      canonical.writeEndDocument();
    } catch (XMLStreamException ex) {
      throw new IllegalStateException("Could not write the " + message, ex);
    }
    return canonical.exact() ? IrMark.ofCanonical(canonical.bytes()) : null;
  }

  /** The Body: IRenvelope, IRheader, then the message with its EmpRefs and its own elements. */
  private static void writeBody(
      XMLStreamWriter x, String message, TaxYear year, EmployerDetails employer, Body body)
      throws XMLStreamException {
    x.writeStartElement("Body");
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
    x.writeEndElement();
  }

  static void element(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    if (value == null || value.isEmpty()) {
      x.writeEmptyElement(name);
      return;
    }
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void key(XMLStreamWriter x, String type, String value) throws XMLStreamException {
    x.writeStartElement("Key");
    x.writeAttribute("Type", type);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
