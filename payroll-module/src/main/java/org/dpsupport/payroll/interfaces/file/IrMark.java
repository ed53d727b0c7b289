package org.dpsupport.payroll.interfaces.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.CanonicalizationException;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.c14n.InvalidCanonicalizerException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * HMRC's IRmark: the digest of a GovTalk message's {@code Body} that HMRC recomputes on receipt. As
 * HMRC's "IRmark specification" sets it out: take the {@code Body} element with the namespaces in
 * scope, remove any {@code IRmark} element, canonicalise with inclusive XML canonicalisation 1.0
 * without comments, take the SHA-1 digest and Base64-encode it. Canonicalisation is Apache
 * Santuario's, not our own.
 */
public final class IrMark {

  /** The GovTalk envelope's namespace, where {@code Body} lives. */
  public static final String GOVTALK = "http://www.govtalk.gov.uk/CM/envelope";

  static {
    Init.init();
  }

  private IrMark() {}

  /** The IRmark of a whole GovTalk message, whether or not it already holds one. */
  public static String of(String govTalkMessage) {
    return of(parse(govTalkMessage));
  }

  /**
   * The IRmark of a parsed GovTalk message (namespace-aware DOM). The document is left as it was.
   */
  public static String of(Document message) {
    Element body = body(message);
    List<Node[]> removed = new ArrayList<>();
    NodeList marks = body.getElementsByTagNameNS("*", "IRmark");
    for (int i = marks.getLength() - 1; i >= 0; i--) {
      Node mark = marks.item(i);
      removed.add(new Node[] {mark.getParentNode(), mark, mark.getNextSibling()});
      mark.getParentNode().removeChild(mark);
    }
    try {
      ByteArrayOutputStream canonical = new ByteArrayOutputStream(8192);
      Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS)
          .canonicalizeSubtree(body, canonical);
      return ofCanonical(canonical.toByteArray());
    } catch (InvalidCanonicalizerException | CanonicalizationException ex) {
      throw new IllegalStateException("Could not canonicalise the message body", ex);
    } finally {
      for (int i = removed.size() - 1; i >= 0; i--) {
        Node[] r = removed.get(i);
        r[0].insertBefore(r[1], r[2]);
      }
    }
  }

  /**
   * The IRmark of a Body already in canonical form (inclusive C14N 1.0 without comments, UTF-8, no
   * IRmark element): its SHA-1 digest, Base64-encoded.
   */
  static String ofCanonical(byte[] canonicalBody) {
    try {
      return Base64.getEncoder()
          .encodeToString(MessageDigest.getInstance("SHA-1").digest(canonicalBody));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("This Java runtime has no SHA-1", ex);
    }
  }

  /** The IRmark the message carries, or null if it has none. */
  public static String carried(String govTalkMessage) {
    NodeList marks = body(parse(govTalkMessage)).getElementsByTagNameNS("*", "IRmark");
    return marks.getLength() == 0 ? null : marks.item(0).getTextContent().trim();
  }

  /** One parser per thread: DocumentBuilder is not thread-safe, and making one is not cheap. */
  private static final ThreadLocal<DocumentBuilder> PARSER =
      ThreadLocal.withInitial(
          () -> {
            try {
              DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
              f.setNamespaceAware(true);
              f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
              f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
              return f.newDocumentBuilder();
            } catch (ParserConfigurationException ex) {
              throw new IllegalStateException("No namespace-aware XML parser", ex);
            }
          });

  static Document parse(String xml) {
    DocumentBuilder parser = PARSER.get();
    // a file that is not XML is refused by the exception alone, not also printed to stderr
    parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
    try {
      return parser.parse(new InputSource(new StringReader(xml)));
    } catch (SAXException | IOException ex) {
      throw new IllegalArgumentException(
          "This is not a well-formed XML message: " + ex.getMessage(), ex);
    } finally {
      parser.reset();
    }
  }

  private static Element body(Document message) {
    NodeList bodies = message.getElementsByTagNameNS(GOVTALK, "Body");
    if (bodies.getLength() != 1) {
      throw new IllegalArgumentException(
          "This is not a GovTalk message: it needs exactly one Body in " + GOVTALK);
    }
    return (Element) bodies.item(0);
  }
}
