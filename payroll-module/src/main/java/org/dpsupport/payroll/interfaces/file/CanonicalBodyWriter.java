package org.dpsupport.payroll.interfaces.file;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the elements it is given straight out in the form inclusive XML canonicalisation 1.0
 * (without comments) gives them as a document subtree: start and end tags for every element (no
 * {@code <a/>}), the default namespace declared where it changes (and on the first element, which
 * declares the namespace it inherits), attributes in name order, text escaped as C14N escapes it.
 * It lets the IRmark of a message we write ourselves be digested as we write its Body, instead of
 * serialising the message, parsing it back and canonicalising the tree ({@link IrMark#of(String)},
 * which stays the reference and the fallback).
 *
 * <p>It takes only what the RTI writers use: unprefixed elements and attributes, default namespaces
 * and text. Text or an attribute value that a parser would change when reading the serialised
 * message back (a carriage return; a tab or line feed in an attribute, which a parser turns into
 * spaces) or that XML 1.0 does not allow makes the writer {@linkplain #exact() inexact}: the caller
 * then digests the parsed message instead.
 */
final class CanonicalBodyWriter implements XMLStreamWriter {

  private final StringBuilder out = new StringBuilder(8192);

  /** The default namespace in scope, and the one last written out, for each open element. */
  private final Deque<String[]> open = new ArrayDeque<>();

  private String pendingName;
  private String pendingNamespace;
  private final List<String[]> pendingAttributes = new ArrayList<>();
  private boolean pendingEmpty;
  private boolean exact = true;

  /**
   * @param inheritedNamespace the default namespace in scope where the subtree starts (declared on
   *     an ancestor that is not written here)
   */
  CanonicalBodyWriter(String inheritedNamespace) {
    open.push(new String[] {inheritedNamespace == null ? "" : inheritedNamespace, ""});
  }

  /** Whether the canonical form written is the one parsing the serialised message would give. */
  boolean exact() {
    return exact;
  }

  /** The canonical form, UTF-8 encoded. */
  byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void writeStartElement(String localName) {
    flushStartTag();
    pendingName = localName;
    pendingNamespace = null;
    pendingEmpty = false;
  }

  @Override
  public void writeEmptyElement(String localName) {
    writeStartElement(localName);
    pendingEmpty = true;
  }

  @Override
  public void writeDefaultNamespace(String namespaceURI) throws XMLStreamException {
    if (pendingName == null) {
      throw new XMLStreamException("A namespace can only be declared on a start tag");
    }
    pendingNamespace = namespaceURI == null ? "" : namespaceURI;
  }

  @Override
  public void writeAttribute(String localName, String value) throws XMLStreamException {
    if (pendingName == null) {
      throw new XMLStreamException("An attribute can only be written on a start tag");
    }
    pendingAttributes.add(new String[] {localName, value});
  }

  @Override
  public void writeCharacters(String text) {
    flushStartTag();
    escapeText(text);
  }

  @Override
  public void writeCharacters(char[] text, int start, int len) {
    writeCharacters(new String(text, start, len));
  }

  @Override
  public void writeEndElement() throws XMLStreamException {
    flushStartTag();
    if (open.size() <= 1) {
      throw new XMLStreamException("No element is open");
    }
    open.pop();
    out.append("</").append(closing.pop()).append('>');
  }

  private final Deque<String> closing = new ArrayDeque<>();

  private void flushStartTag() {
    if (pendingName == null) {
      return;
    }
    String[] parent = open.peek();
    String inScope = pendingNamespace != null ? pendingNamespace : parent[0];
    out.append('<').append(pendingName);
    // C14N writes a default namespace declaration where the one in scope differs from the one its
    // nearest written ancestor has in the output (nothing above the subtree's first element)
    if (!inScope.equals(parent[1])) {
      out.append(" xmlns=\"");
      escapeAttribute(inScope);
      out.append('"');
    }
    pendingAttributes.sort((a, b) -> a[0].compareTo(b[0]));
    for (String[] a : pendingAttributes) {
      out.append(' ').append(a[0]).append("=\"");
      escapeAttribute(a[1]);
      out.append('"');
    }
    out.append('>');
    pendingAttributes.clear();
    String name = pendingName;
    pendingName = null;
    if (pendingEmpty) {
      out.append("</").append(name).append('>');
    } else {
      open.push(new String[] {inScope, inScope});
      closing.push(name);
    }
  }

  private void escapeText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> {
          exact = false; // a parser reads a carriage return as a line feed
          out.append("&#xD;");
        }
        default -> {
          check(text, i, c);
          out.append(c);
        }
      }
    }
  }

  private void escapeAttribute(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '"' -> out.append("&quot;");
        case '\t', '\n', '\r' -> {
          exact = false; // a parser normalises these to spaces in an attribute value
          out.append(' ');
        }
        default -> {
          check(value, i, c);
          out.append(c);
        }
      }
    }
  }

  /**
   * Marks the output inexact at a character XML 1.0 does not allow (the parser would refuse it).
   */
  private void check(String s, int i, char c) {
    if (c < 0x20 && c != '\t' && c != '\n') {
      exact = false;
    } else if (Character.isHighSurrogate(c)) {
      if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
        exact = false;
      }
    } else if (Character.isLowSurrogate(c)) {
      if (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))) {
        exact = false;
      }
    } else if (c == '\uFFFE' || c == '\uFFFF') {
      exact = false;
    }
  }

  // ---- the rest of XMLStreamWriter: not used by the RTI writers

  @Override
  public void writeStartElement(String namespaceURI, String localName) {
    throw unsupported();
  }

  @Override
  public void writeStartElement(String prefix, String localName, String namespaceURI) {
    throw unsupported();
  }

  @Override
  public void writeEmptyElement(String namespaceURI, String localName) {
    throw unsupported();
  }

  @Override
  public void writeEmptyElement(String prefix, String localName, String namespaceURI) {
    throw unsupported();
  }

  @Override
  public void writeAttribute(String prefix, String namespaceURI, String localName, String value) {
    throw unsupported();
  }

  @Override
  public void writeAttribute(String namespaceURI, String localName, String value) {
    throw unsupported();
  }

  @Override
  public void writeNamespace(String prefix, String namespaceURI) {
    throw unsupported();
  }

  @Override
  public void writeComment(String data) {
    throw unsupported();
  }

  @Override
  public void writeProcessingInstruction(String target) {
    throw unsupported();
  }

  @Override
  public void writeProcessingInstruction(String target, String data) {
    throw unsupported();
  }

  @Override
  public void writeCData(String data) {
    throw unsupported();
  }

  @Override
  public void writeDTD(String dtd) {
    throw unsupported();
  }

  @Override
  public void writeEntityRef(String name) {
    throw unsupported();
  }

  @Override
  public void writeStartDocument() {
    throw unsupported();
  }

  @Override
  public void writeStartDocument(String version) {
    throw unsupported();
  }

  @Override
  public void writeStartDocument(String encoding, String version) {
    throw unsupported();
  }

  @Override
  public void writeEndDocument() throws XMLStreamException {
    flushStartTag();
    while (open.size() > 1) {
      writeEndElement();
    }
  }

  @Override
  public void close() {}

  @Override
  public void flush() {}

  @Override
  public String getPrefix(String uri) {
    return null;
  }

  @Override
  public void setPrefix(String prefix, String uri) {
    throw unsupported();
  }

  @Override
  public void setDefaultNamespace(String uri) {
    throw unsupported();
  }

  @Override
  public void setNamespaceContext(NamespaceContext context) {
    throw unsupported();
  }

  @Override
  public NamespaceContext getNamespaceContext() {
    return null;
  }

  @Override
  public Object getProperty(String name) {
    throw new IllegalArgumentException("No property " + name);
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException(
        "The canonical Body writer takes unprefixed elements, attributes and text only");
  }
}
