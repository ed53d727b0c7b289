package org.dpsupport.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The production setting ({@code DPS_HTTPS_ONLY=true}) and the HTTPS rules, run through the real
 * filters: plain HTTP is redirected and never answered, HTTPS is answered with HSTS, and cookies
 * over HTTPS are Secure however they were set.
 */
class HttpsFiltersTest {

  @Test
  void productionRedirectsPlainHttpToTheSameAddressOverHttps() throws Exception {
    HttpsOnlyFilter filter = new HttpsOnlyFilter();
    filter.configure(true, 9443);
    for (String method : new String[] {"GET", "POST"}) {
      FakeResponse response = new FakeResponse();
      Chain chain = new Chain();
      filter.doFilter(
          request(method, false, "/holder/return.xhtml", "id=7"), response.proxy(), chain);
      assertFalse(chain.called, method + " over HTTP must not be answered");
      assertEquals(308, response.status, "308 keeps a form post a post");
      assertEquals(
          "https://dps.example.org:9443/holder/return.xhtml?id=7", response.header("Location"));
    }
    FakeResponse standardPort = new FakeResponse();
    HttpsOnlyFilter on443 = new HttpsOnlyFilter();
    on443.configure(true, 443);
    on443.doFilter(request("GET", false, "/signin.xhtml", null), standardPort.proxy(), new Chain());
    assertEquals("https://dps.example.org/signin.xhtml", standardPort.header("Location"));
  }

  @Test
  void productionAnswersHttpsWithHsts() throws Exception {
    HttpsOnlyFilter filter = new HttpsOnlyFilter();
    filter.configure(true, 9443);
    FakeResponse response = new FakeResponse();
    Chain chain = new Chain();
    HttpServletRequest secure = request("GET", true, "/signin.xhtml", null);
    new SecurityHeadersFilter()
        .doFilter(secure, response.proxy(), (req, res) -> filter.doFilter(secure, res, chain));
    assertTrue(chain.called, "HTTPS is answered");
    assertEquals(0, response.status);
    assertTrue(
        response.header("Strict-Transport-Security").startsWith("max-age=31536000"),
        String.valueOf(response.headers));
  }

  @Test
  void withoutTheSettingHttpIsAnsweredWithoutHsts() throws Exception {
    HttpsOnlyFilter filter = new HttpsOnlyFilter();
    filter.configure(false, 9443);
    FakeResponse response = new FakeResponse();
    Chain chain = new Chain();
    HttpServletRequest plain = request("GET", false, "/signin.xhtml", null);
    new SecurityHeadersFilter()
        .doFilter(plain, response.proxy(), (req, res) -> filter.doFilter(plain, res, chain));
    assertTrue(chain.called);
    assertNull(response.header("Strict-Transport-Security"));
  }

  @Test
  void everyCookieOverHttpsLeavesSecure() throws Exception {
    FakeResponse response = new FakeResponse();
    // as the container does at sign-in, before any filter runs
    response.headers.put("Set-Cookie", new ArrayList<>(List.of("DPSSESSION=abc; Path=/")));
    new SecureCookiesFilter()
        .doFilter(
            request("POST", true, "/signin.xhtml", null),
            response.proxy(),
            (req, res) -> {
              HttpServletResponse page = (HttpServletResponse) res;
              page.addCookie(new Cookie("choice", "1"));
              page.addHeader("Set-Cookie", "DPSAUTH=token; Path=/; HttpOnly");
              page.addHeader("Set-Cookie", "already=1; Secure");
            });
    assertEquals(
        List.of(
            "DPSSESSION=abc; Path=/; Secure",
            "choice=1; Secure",
            "DPSAUTH=token; Path=/; HttpOnly; Secure",
            "already=1; Secure"),
        response.headers.get("Set-Cookie"));
  }

  @Test
  void cookiesOverHttpAreLeftAlone() throws Exception {
    FakeResponse response = new FakeResponse();
    response.headers.put("Set-Cookie", new ArrayList<>(List.of("DPSSESSION=abc; Path=/")));
    new SecureCookiesFilter()
        .doFilter(
            request("GET", false, "/signin.xhtml", null),
            response.proxy(),
            (req, res) -> ((HttpServletResponse) res).addCookie(new Cookie("choice", "1")));
    assertEquals(List.of("DPSSESSION=abc; Path=/", "choice=1"), response.headers.get("Set-Cookie"));
  }

  private static HttpServletRequest request(
      String method, boolean secure, String path, String query) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "isSecure" -> secure;
                  case "getScheme" -> secure ? "https" : "http";
                  case "getServerName" -> "dps.example.org";
                  case "getRequestURI" -> path;
                  case "getContextPath" -> "";
                  case "getQueryString" -> query;
                  case "toString" -> method + " " + path;
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }

  static final class Chain implements FilterChain {
    boolean called;

    @Override
    public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
      called = true;
    }
  }

  /** Status and headers as a container keeps them before the response is committed. */
  static final class FakeResponse {
    int status;
    final Map<String, List<String>> headers = new LinkedHashMap<>();

    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : values.get(0);
    }

    HttpServletResponse proxy() {
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              HttpServletResponse.class.getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (p, m, args) -> {
                switch (m.getName()) {
                  case "setStatus" -> status = (Integer) args[0];
                  case "getStatus" -> {
                    return status;
                  }
                  case "isCommitted" -> {
                    return false;
                  }
                  case "setHeader" ->
                      headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                  case "addHeader" ->
                      headers
                          .computeIfAbsent((String) args[0], k -> new ArrayList<>())
                          .add((String) args[1]);
                  case "getHeader" -> {
                    return header((String) args[0]);
                  }
                  case "getHeaders" -> {
                    return new ArrayList<>(headers.getOrDefault((String) args[0], List.of()));
                  }
                  case "addCookie" -> {
                    Cookie c = (Cookie) args[0];
                    headers
                        .computeIfAbsent("Set-Cookie", k -> new ArrayList<>())
                        .add(c.getName() + "=" + c.getValue() + (c.getSecure() ? "; Secure" : ""));
                  }
                  case "toString" -> {
                    return "FakeResponse" + headers;
                  }
                  default -> throw new UnsupportedOperationException(m.getName());
                }
                return null;
              });
    }
  }
}
