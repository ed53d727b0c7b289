package org.dpsupport.testresources.rti;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * HMRC's RTI specifications as the tests use them, from {@code ../shared/specs} beside the project
 * (CI clones the repository with shared/ next to it): the GovTalk envelope 2.0-HMRC with the FPS or
 * EPS schema of the tax year (2026-27 from the {@code -derived} folder), the W3C signature schema
 * the envelope imports resolved from the local copy the catalogue names (no network), and HMRC's
 * compiled FPS business rules run by {@code xsltproc}, which implements the EXSLT date functions
 * the rules use.
 */
public final class RtiSpecs {

  public static final Path SPECS = projectRoot().resolve("../shared/specs").normalize();
  private static final String DSIG_URL =
      "http://www.w3.org/TR/2001/PR-xmldsig-core-20010820/xmldsig-core-schema.xsd";
  private static final ConcurrentHashMap<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private RtiSpecs() {}

  /** The project root: the nearest folder up from here with the payroll-module and a pom.xml. */
  public static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("payroll-module")) && Files.exists(d.resolve("pom.xml"))) {
        return d;
      }
    }
    throw new IllegalStateException("No project root above " + dir);
  }

  public static Path folder(String taxYear) {
    return switch (taxYear) {
      case "25-26" -> SPECS.resolve("hmrc-rti-2025-26");
      case "26-27" -> SPECS.resolve("hmrc-rti-2026-27-derived");
      default -> throw new IllegalArgumentException("No RTI schemas for " + taxYear);
    };
  }

  public static Path messageSchema(String message, String taxYear) {
    String year = taxYear.equals("25-26") ? "2026-v1-0" : "2027-DERIVED";
    return folder(taxYear).resolve(message + "-" + year + ".xsd");
  }

  public static Path businessRules(String taxYear) {
    String year = taxYear.equals("25-26") ? "2026-v1-0" : "2027-DERIVED";
    return folder(taxYear).resolve("FullPaymentSubmission-" + year + ".xslt");
  }

  /**
   * The envelope and the message schema together: the envelope's Body takes any element laxly, so
   * the IRenvelope is validated against the message schema loaded beside it. The 2026-27 FPS schema
   * gets student loan plan type 05 (Plan 5 repayments start on 6 April 2026): the derived copy of
   * the 2025-26 schema cannot know it, and nothing else in it is changed.
   */
  public static Schema schema(String message, String taxYear) {
    return SCHEMAS.computeIfAbsent(
        message + taxYear,
        k -> {
          try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
            f.setResourceResolver(new LocalCopies());
            String xsd = Files.readString(messageSchema(message, taxYear));
            if (message.equals("FullPaymentSubmission") && taxYear.equals("26-27")) {
              String plan4 = "<xsd:enumeration value=\"04\">";
              if (!xsd.contains(plan4) || xsd.contains("value=\"05\"")) {
                throw new IllegalStateException("The derived FPS schema has changed: look again");
              }
              xsd = xsd.replace(plan4, "<xsd:enumeration value=\"05\"/>" + plan4);
            }
            Source envelope =
                new StreamSource(
                    folder(taxYear)
                        .getParent()
                        .resolve("hmrc-rti-2025-26/envelope-v2-0-HMRC.xsd")
                        .toFile());
            Source body =
                new StreamSource(
                    new StringReader(xsd), messageSchema(message, taxYear).toUri().toString());
            return f.newSchema(new Source[] {envelope, body});
          } catch (IOException | SAXException ex) {
            throw new IllegalStateException("Could not load the RTI schemas from " + SPECS, ex);
          }
        });
  }

  /** Every schema error in the message, one line each (empty when valid). */
  public static List<String> schemaErrors(String message, String taxYear, String xml) {
    List<String> errors = new ArrayList<>();
    try {
      var v = schema(message, taxYear).newValidator();
      v.setErrorHandler(
          new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
              errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
              errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
          });
      v.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException | IOException ex) {
      errors.add(ex.getMessage());
    }
    return errors;
  }

  /** HMRC's FPS business rules by xsltproc: one line per rule broken (empty when none is). */
  public static List<String> businessRuleErrors(String taxYear, String xml) {
    try {
      Path file = Files.createTempFile("fps", ".xml");
      try {
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        Process p =
            new ProcessBuilder("xsltproc", businessRules(taxYear).toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
          throw new IllegalStateException("xsltproc failed: " + out);
        }
        if (!out.contains("ErrorResponse")) {
          throw new IllegalStateException("xsltproc gave no ErrorResponse: " + out);
        }
        List<String> errors = new ArrayList<>();
        Matcher m =
            Pattern.compile("<(?:\\w+:)?Error\\b.*?</(?:\\w+:)?Error>", Pattern.DOTALL)
                .matcher(out);
        while (m.find()) {
          errors.add(m.group().replaceAll("\\s+", " "));
        }
        return errors;
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException ex) {
      throw new IllegalStateException("Could not run xsltproc (Debian package xsltproc)", ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }

  /** Resolves the envelope's import of the W3C signature schema to the copy in w3c/. */
  private static final class LocalCopies implements LSResourceResolver {
    @Override
    public LSInput resolveResource(
        String type, String namespaceURI, String publicId, String systemId, String baseURI) {
      if (!DSIG_URL.equals(systemId)) {
        return null;
      }
      try {
        byte[] xsd = Files.readAllBytes(SPECS.resolve("w3c/xmldsig-core-schema.xsd"));
        return new Input(systemId, new ByteArrayInputStream(xsd));
      } catch (IOException ex) {
        throw new IllegalStateException(ex);
      }
    }
  }

  private record Input(String systemId, InputStream stream) implements LSInput {
    public java.io.Reader getCharacterStream() {
      return null;
    }

    public void setCharacterStream(java.io.Reader r) {}

    public InputStream getByteStream() {
      return stream;
    }

    public void setByteStream(InputStream s) {}

    public String getStringData() {
      return null;
    }

    public void setStringData(String s) {}

    public String getSystemId() {
      return systemId;
    }

    public void setSystemId(String s) {}

    public String getPublicId() {
      return null;
    }

    public void setPublicId(String s) {}

    public String getBaseURI() {
      return null;
    }

    public void setBaseURI(String s) {}

    public String getEncoding() {
      return null;
    }

    public void setEncoding(String s) {}

    public boolean getCertifiedText() {
      return false;
    }

    public void setCertifiedText(boolean b) {}
  }
}
