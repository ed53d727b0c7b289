package org.dpsupport.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dpsupport.server.demo.DemoUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class FoundationIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = DemoUsers.PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @Test
  @DisplayName(
      "A budget holder signs in and lands on their own start page, listing only their account")
  void budgetHolderSignsIn() throws Exception {
    WebClient browser = new WebClient();
    HttpResponse<String> page = browser.signIn(DemoUsers.HOLDER.username(), PASSWORD);
    assertTrue(page.uri().getPath().endsWith("/holder/index.xhtml"), page.uri().toString());
    assertEquals("Your direct payment", WebClient.text(page, "#start-heading"));
    assertEquals("DP-BDG-0001", WebClient.text(page, "#accounts tbody a"));
  }

  static final String NOT_ACCEPTED =
      "The email address or password is not right. Check them and try again. After too many"
          + " wrong passwords, signing in is paused for 15 minutes.";

  @Test
  @DisplayName("A wrong password and an unknown user get the same plain message, and no session")
  void wrongPasswordAndUnknownUser() throws Exception {
    // a user of its own, whose count of failures no other test sees
    String known = FreshUsers.paWhoJustJoined("pa-wrong-");
    for (String user : new String[] {known, "nobody@example.org"}) {
      WebClient browser = new WebClient();
      HttpResponse<String> page = browser.signIn(user, "not-the-password");
      assertTrue(page.uri().getPath().endsWith("/signin.xhtml"));
      assertEquals(NOT_ACCEPTED, WebClient.text(page, ".govuk-error-summary__list a"));
      assertTrue(browser.get("/pa/index.xhtml").uri().getPath().endsWith("/signin.xhtml"));
    }
    // the right password still signs in after a wrong one
    assertTrue(
        new WebClient()
            .signIn(known, FreshUsers.PASSWORD)
            .uri()
            .getPath()
            .endsWith("/pa/index.xhtml"));
  }

  @Test
  @DisplayName(
      "Five wrong passwords in a row lock the account; even the right one is then refused, with the same message an unknown address gets")
  void lockOut() throws Exception {
    // a user of its own: the demo users are shared by every test on the server
    String user = FreshUsers.paWhoJustJoined("pa-lockout-");
    HttpResponse<String> page = null;
    for (int i = 0; i < 5; i++) {
      page = new WebClient().signIn(user, "guess-" + i);
    }
    // locked, yet the message is the one an unknown address gets: nothing reveals the account
    assertEquals(NOT_ACCEPTED, WebClient.text(page, ".govuk-error-summary__list a"));
    HttpResponse<String> right = new WebClient().signIn(user, FreshUsers.PASSWORD);
    assertEquals(NOT_ACCEPTED, WebClient.text(right, ".govuk-error-summary__list a"));
    assertEquals(401, WebClient.api("GET", "/me", user, FreshUsers.PASSWORD).statusCode());
  }

  @Test
  @DisplayName("A request with a session that has timed out is sent to sign in with an explanation")
  void expiredSession() throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(WebClient.BASE + "/holder/index.xhtml"))
            .header("Cookie", "DPSSESSION=0000expiredSessionIdThatTheServerNoLongerHas:1")
            .GET()
            .build();
    HttpResponse<String> redirect =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(302, redirect.statusCode());
    String location = redirect.headers().firstValue("Location").orElse("");
    assertTrue(
        location.endsWith("/signin.xhtml?expired=true&next=%2Fholder%2Findex.xhtml"),
        "says why, and goes on to the page asked for after signing in: " + location);
    HttpResponse<String> page = new WebClient().get("/signin.xhtml?expired=true");
    assertTrue(
        WebClient.text(page, "#expired-banner")
            .contains(
                "You were signed out because you had not done" + " anything for 30 minutes."));
  }

  @Test
  @DisplayName(
      "A budget holder asking for another holder's account, by page or API, is refused and it is logged")
  void perRecordRefusal() throws Exception {
    long othersAccount = accountId(DemoUsers.ADMIN.username(), "DP-BDG-0002");
    long ownAccount = accountId(DemoUsers.ADMIN.username(), "DP-BDG-0001");

    HttpResponse<String> api =
        WebClient.api("GET", "/accounts/" + othersAccount, DemoUsers.HOLDER.username(), PASSWORD);
    assertEquals(403, api.statusCode());
    assertEquals(
        "This direct-payment account is not one you look after, so you cannot see it.",
        JSON.readTree(api.body()).get("error").asText());
    assertEquals(
        200,
        WebClient.api("GET", "/accounts/" + ownAccount, DemoUsers.HOLDER.username(), PASSWORD)
            .statusCode());

    WebClient browser = new WebClient();
    browser.signIn(DemoUsers.HOLDER.username(), PASSWORD);
    HttpResponse<String> page = browser.get("/accounts/account.xhtml?id=" + othersAccount);
    assertEquals(403, page.statusCode());
    assertEquals("You cannot see this page", WebClient.text(page, "#error-heading"));
    assertEquals(200, browser.get("/accounts/account.xhtml?id=" + ownAccount).statusCode());

    String log = Files.readString(Path.of(System.getProperty("dps.it.logFile")));
    assertTrue(
        log.contains(
            "Access refused: "
                + DemoUsers.HOLDER.username()
                + " asked for DirectPaymentAccount "
                + othersAccount),
        "the refusal is in the server log");
  }

  @Test
  @DisplayName("An officer sees their council's accounts but not the neighbouring council's")
  void officerSeesOwnCouncilOnly() throws Exception {
    JsonNode accounts =
        JSON.readTree(
            WebClient.api("GET", "/accounts", DemoUsers.OFFICER.username(), PASSWORD).body());
    assertTrue(accounts.size() >= 2);
    accounts.forEach(
        a -> assertTrue(a.get("reference").asText().startsWith("DP-BDG-"), a.toString()));
    long havering = accountId(DemoUsers.ADMIN.username(), "DP-HAV-0001");
    assertEquals(
        403,
        WebClient.api("GET", "/accounts/" + havering, DemoUsers.OFFICER.username(), PASSWORD)
            .statusCode());
  }

  @Test
  @DisplayName(
      "The REST API answers a signed-in caller, refuses an anonymous one, and the OpenAPI document exists")
  void restApi() throws Exception {
    HttpResponse<String> me = WebClient.api("GET", "/me", DemoUsers.PAYROLL.username(), PASSWORD);
    assertEquals(200, me.statusCode());
    assertEquals("[\"PAYROLL_STAFF\"]", JSON.readTree(me.body()).get("roles").toString());
    HttpResponse<String> anonymous = WebClient.api("GET", "/me", null, null);
    assertEquals(401, anonymous.statusCode());
    assertTrue(JSON.readTree(anonymous.body()).get("error").asText().startsWith("Sign in first"));
    HttpResponse<String> openapi = new WebClient().get("/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/v1/accounts/{id}"));
  }

  @Test
  @DisplayName("Health: live, and ready once the schema has been migrated")
  void health() throws Exception {
    HttpResponse<String> ready = new WebClient().get("/health/ready");
    assertEquals(200, ready.statusCode());
    assertEquals("UP", JSON.readTree(ready.body()).get("status").asText());
    assertEquals(200, new WebClient().get("/health/live").statusCode());
  }

  @Test
  @DisplayName("Pages carry secure headers and unknown pages explain what to do")
  void secureHeadersAndNotFound() throws Exception {
    HttpResponse<String> signIn = new WebClient().get("/signin.xhtml");
    assertTrue(
        signIn
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("script-src 'none'"));
    assertEquals("DENY", signIn.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals("nosniff", signIn.headers().firstValue("X-Content-Type-Options").orElse(""));
    // HTTP/1.1 as browsers speak it over plain HTTP (Liberty never answers an h2c upgrade of the
    // welcome page)
    HttpResponse<String> home =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
            .connectTimeout(java.time.Duration.ofSeconds(10))
            .build()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(WebClient.BASE + "/"))
                    .timeout(java.time.Duration.ofSeconds(20))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(
        200, home.statusCode(), "someone not signed in who opens the service is sent to sign in");
    assertTrue(home.uri().getPath().endsWith("/signin.xhtml"), home.uri().toString());
    WebClient browser = new WebClient();
    browser.signIn(DemoUsers.HOLDER.username(), PASSWORD);
    HttpResponse<String> missing = browser.get("/no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertEquals("Page not found", WebClient.text(missing, "#error-heading"));
  }

  @Test
  @DisplayName("A form posted from another website is refused")
  void crossSiteFormRefused() throws Exception {
    WebClient browser = new WebClient();
    browser.signIn(DemoUsers.HOLDER.username(), PASSWORD);
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(WebClient.BASE + "/holder/index.xhtml"))
            .header("Origin", "https://evil.example")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("signOutForm_SUBMIT=1"))
            .build();
    var response =
        java.net.http.HttpClient.newBuilder()
            .cookieHandler(browser.cookies)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(403, response.statusCode());
  }

  private static long accountId(String admin, String reference) throws Exception {
    for (JsonNode a : JSON.readTree(WebClient.api("GET", "/accounts", admin, PASSWORD).body())) {
      if (a.get("reference").asText().equals(reference)) {
        return a.get("id").asLong();
      }
    }
    throw new AssertionError("No demo account " + reference);
  }
}
