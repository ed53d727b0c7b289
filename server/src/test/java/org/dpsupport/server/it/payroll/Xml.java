package org.dpsupport.server.it.payroll;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading child elements in document order, for checking XML field by field. */
final class Xml {

  private Xml() {}

  static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el && (name == null || el.getLocalName().equals(name))) {
        out.add(el);
      }
    }
    return out;
  }

  static List<String> names(Element e) {
    return children(e, null).stream().map(Element::getLocalName).toList();
  }

  static Element child(Element e, String name) {
    List<Element> found = children(e, name);
    if (found.isEmpty()) {
      throw new AssertionError("No " + name + " in " + e.getLocalName() + "; it has " + names(e));
    }
    return found.get(0);
  }

  static String text(Element e, String name) {
    return child(e, name).getTextContent();
  }

  static List<String> texts(Element e, String name) {
    return children(e, name).stream().map(Element::getTextContent).toList();
  }
}
