package org.dpsupport.server.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.it.Deployments;
import org.dpsupport.server.it.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cookies are {@code Secure} when served over HTTPS and only then, with the server in the mode that
 * serves plain HTTP on purpose ({@code DPS_HTTPS_ONLY=false}, as the demo and the tests run; the
 * default is true, see {@code SecureByDefaultTest}): a whole sign-in and sign-out, once over the IT
 * server's HTTPS port (its self-signed certificate trusted by this test only) and once over HTTP,
 * with every {@code Set-Cookie} header of every step kept.
 */
@ExtendWith(ArquillianExtension.class)
class SecureCookiesIT {

  static final String HTTPS = System.getProperty("dps.it.httpsBaseUrl", "https://localhost:9543");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @Test
  @DisplayName(
      "Over HTTPS every cookie but Liberty's session cookie is Secure (Faces' flash cookies,"
          + " sign-out's), and HSTS is sent; the session cookie is Secure only with DPS_HTTPS_ONLY,"
          + " the default")
  void secureOverHttps() throws Exception {
    Journey journey = new Journey(HTTPS);
    journey.signInAndOut();
    List<String> cleared =
        journey.setCookies.stream().filter(c -> c.matches("(DPSSESSION|DPSAUTH)=\"\";.*")).toList();
    assertEquals(2, cleared.size(), "sign-out clears both cookies: " + journey.setCookies);
    List<String> libertySessions = new ArrayList<>();
    for (String cookie : journey.setCookies) {
      if (cookie.startsWith("DPSSESSION=") && !cleared.contains(cookie)) {
        libertySessions.add(cookie);
      } else {
        assertTrue(isSecure(cookie), "not Secure over HTTPS: " + cookie);
      }
    }
    assertFalse(libertySessions.isEmpty(), journey.setCookies.toString());
    // Liberty writes its session cookie past any response wrapper, and its switch is server-wide
    // (server.xml, DPS_HTTPS_ONLY). If Liberty ever marks it per request, this fails and the
    // README's Security section changes.
    assertTrue(
        libertySessions.stream().noneMatch(SecureCookiesIT::isSecure),
        "Liberty's session cookie: " + libertySessions);
    assertTrue(
        journey.hsts.stream().allMatch(h -> h != null && h.contains("max-age=")),
        "HSTS over HTTPS: " + journey.hsts);
  }

  @Test
  @DisplayName("The session cookie names this server (a clone id stable across restarts)")
  void stableCloneId() throws Exception {
    Journey journey = new Journey(WebClient.BASE);
    journey.get("/signin.xhtml");
    String session =
        journey.setCookies.stream()
            .filter(c -> c.startsWith("DPSSESSION="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session: " + journey.setCookies));
    String value = session.split(";", 2)[0];
    assertTrue(
        value.endsWith(":" + System.getProperty("dps.it.serverName", "dpsIT")),
        "clone id after the colon: " + value);
  }

  @Test
  @DisplayName(
      "Over plain HTTP (DPS_HTTPS_ONLY=false) cookies are not Secure, and there is no HSTS")
  void notSecureOverHttp() throws Exception {
    Journey journey = new Journey(WebClient.BASE);
    journey.signInAndOut();
    assertTrue(journey.names().contains("DPSSESSION"), journey.setCookies.toString());
    for (String cookie : journey.setCookies) {
      assertFalse(isSecure(cookie), "Secure over HTTP would break sign-in there: " + cookie);
    }
    assertTrue(journey.hsts.stream().allMatch(h -> h == null), "HSTS over HTTP: " + journey.hsts);
  }

  static boolean isSecure(String setCookie) {
    for (String attribute : setCookie.split(";")) {
      if (attribute.trim().toLowerCase(Locale.ROOT).equals("secure")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A browser without JavaScript, by hand: redirects followed one by one so that no step's cookies
   * are missed.
   */
  static final class Journey {
    final String base;
    final HttpClient http;
    final Map<String, String> jar = new LinkedHashMap<>();
    final List<String> setCookies = new ArrayList<>();
    final List<String> hsts = new ArrayList<>();

    Journey(String base) throws Exception {
      this.base = base;
      SSLContext trustAll = SSLContext.getInstance("TLS");
      trustAll.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
      SSLParameters noHostnameCheck = new SSLParameters();
      noHostnameCheck.setEndpointIdentificationAlgorithm(null);
      this.http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .sslContext(trustAll)
              .sslParameters(noHostnameCheck)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }

    List<String> names() {
      return setCookies.stream().map(c -> c.substring(0, c.indexOf('='))).toList();
    }

    void signInAndOut() throws Exception {
      Document signIn = Jsoup.parse(get("/signin.xhtml").body());
      Map<String, String> form = hiddenFields(signIn.selectFirst("form#signin"));
      form.put("username", DemoUsers.HOLDER.username());
      form.put("password", DemoUsers.PASSWORD);
      form.put("submit", "Sign in");
      HttpResponse<String> signedIn = post("/signin.xhtml", form);
      assertEquals(200, signedIn.statusCode(), "signed in over " + base);
      Element signOut = Jsoup.parse(signedIn.body()).selectFirst("form#signOutForm");
      assertTrue(signOut != null, "a signed-in page with a sign-out button: " + signedIn.body());
      Map<String, String> out = hiddenFields(signOut);
      out.put("signOutForm:signOut", "Sign out");
      String action = URI.create(base).resolve(signOut.attr("action")).getRawPath();
      HttpResponse<String> signedOut = post(action, out);
      assertTrue(
          signedOut.uri().getPath().endsWith("/signin.xhtml"), "signed out: " + signedOut.uri());
    }

    private static Map<String, String> hiddenFields(Element form) {
      Map<String, String> fields = new LinkedHashMap<>();
      form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
      return fields;
    }

    HttpResponse<String> get(String path) throws Exception {
      return follow(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
      String body =
          form.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return follow(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Origin", base)
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> follow(HttpRequest.Builder request) throws Exception {
      HttpResponse<String> response = send(request);
      for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
        URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        assertTrue(next.toString().startsWith(base), "stays on " + base + ": " + next);
        response = send(HttpRequest.newBuilder(next).GET());
      }
      return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      if (!jar.isEmpty()) {
        request.header(
            "Cookie",
            jar.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
      }
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      hsts.add(response.headers().firstValue("Strict-Transport-Security").orElse(null));
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        setCookies.add(cookie);
        String pair = cookie.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('='));
        String value = pair.substring(pair.indexOf('=') + 1);
        boolean expired = cookie.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty();
        if (expired) {
          jar.remove(name);
        } else {
          jar.put(name, value);
        }
      }
      return response;
    }
  }

  /** The IT server's certificate is Liberty's generated self-signed one: trusted here only. */
  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
