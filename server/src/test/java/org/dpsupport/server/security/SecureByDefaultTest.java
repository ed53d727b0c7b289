package org.dpsupport.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A server started from the shipped configuration, with nothing set, is in production mode: HTTP
 * redirected, HSTS, and Liberty's session and sign-in cookies {@code Secure}. Liberty's switches
 * are server-wide (it writes the session cookie past any filter), so the only way to have the
 * session cookie {@code Secure} wherever HTTPS is served is to make it the default and let the
 * servers that serve plain HTTP on purpose (demo, tests, benchmarks) turn it off.
 */
class SecureByDefaultTest {

  private static final Path SERVER_XML = Path.of("src/main/liberty/config/server.xml");

  private static String read(String expression) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document server = factory.newDocumentBuilder().parse(SERVER_XML.toFile());
    XPath xpath = XPathFactory.newInstance().newXPath();
    return xpath.evaluate(expression, server);
  }

  @Test
  @DisplayName("DPS_HTTPS_ONLY is true unless a server says otherwise")
  void productionIsTheDefault() throws Exception {
    assertEquals("true", read("/server/variable[@name='DPS_HTTPS_ONLY']/@defaultValue"));
  }

  @Test
  @DisplayName("Liberty's session cookie and sign-in cookie follow it")
  void libertyCookiesFollowTheSwitch() throws Exception {
    assertEquals("${DPS_HTTPS_ONLY}", read("/server/httpSession/@cookieSecure"));
    assertEquals("${DPS_HTTPS_ONLY}", read("/server/webAppSecurity/@ssoRequiresSSL"));
    assertEquals("true", read("/server/httpSession/@cookieHttpOnly"));
  }
}
