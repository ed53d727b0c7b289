package org.dpsupport.server.it.monitoring;

import static org.dpsupport.server.it.monitoring.MonitoredAccounts.UK;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.account;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.awaitReturn;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.enrol;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.MonitoringDemoData;
import org.dpsupport.server.it.WebClient;
import org.dpsupport.server.it.browser.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Two servers on one PostgreSQL database behind HAProxy (round-robin, no sticky sessions), started
 * by {@code server/bench/cluster.sh}, which passes the load balancer as {@code dps.it.baseUrl},
 * each server's own address as {@code cluster.a} and {@code cluster.b}, and server A's process id
 * as {@code cluster.killPid}. Not an IT of {@code mvn verify} (its name does not end in IT): it
 * needs the two servers and the load balancer the script starts.
 *
 * <p>First a PA suspended through A must leave the matches B gives within 10 seconds; then a budget
 * holder signs in through the load balancer in Chromium (JavaScript off) and starts a return (a
 * form sent with mistakes, a statement uploaded); the bureau's pay day starts on A, B sees it
 * running and refuses a second start; server A is killed with SIGKILL; the holder finishes the
 * return through what is left: still signed in, the page's form still accepted, and the return
 * stored as typed; B sees the pay day interrupted, and starting it again on B completes the same
 * month with every employer paid.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterScenario {

  private static final String A = System.getProperty("cluster.a", "http://localhost:9381");
  private static final String B = System.getProperty("cluster.b", "http://localhost:9382");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** The month the script's seeded bureau is paid for (server/bench/seed-bureau.sql). */
  private static final String PAY_MONTH = "2026-12";

  private static final List<String> MORNINGS =
      List.of("MONDAY:MORNING", "TUESDAY:MORNING", "WEDNESDAY:MORNING");

  @Test
  @Order(1)
  @DisplayName("A PA suspended on server A is gone from server B's matches within 10 seconds")
  void suspensionSeenOnTheOtherServer() throws Exception {
    StringBuilder language = new StringBuilder("Clusterese");
    for (long n = System.nanoTime(), i = 0; i < 8; i++, n /= 26) {
      language.append((char) ('a' + (int) (n % 26)));
    }
    String email = "cluster-" + System.nanoTime() + "@example.org";
    String paRef = joinAndApprove(A, email, language.toString());
    String needRef = describeNeed(A, language.toString());
    assertEquals(List.of(paRef), matches(B, needRef), "B offers the PA approved on A");

    JsonNode suspended =
        call(
                A,
                DemoUsers.ADMIN.username(),
                "POST",
                "/register/pas/" + paRef + "/suspend",
                Map.of("reason", "A concern is being looked into."))
            .body();
    assertEquals("SUSPENDED_BY_STAFF", suspended.get("status").asText(), suspended.toString());
    long start = System.nanoTime();
    List<String> onB = matches(B, needRef);
    while (!onB.isEmpty() && System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
      Thread.sleep(100);
      onB = matches(B, needRef);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("CLUSTER suspension on A left B's matches after " + millis + " ms");
    assertEquals(List.of(), onB, "still offered on B after " + millis + " ms");
  }

  @Test
  @Order(2)
  @DisplayName(
      "Signed in with A's sign-in page posted to B, the session serves pages on both; signing out"
          + " on A signs the user out on B too")
  void sessionOnEveryServer() throws Exception {
    java.net.CookieManager cookies = new java.net.CookieManager();
    HttpClient browser =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies) // cookies ignore ports: both servers get the same ones
            .build();
    // the sign-in form (and its Faces view) from A, sent to B
    Document signIn = Jsoup.parse(page(browser, A, "/signin.xhtml").body());
    Map<String, String> form = hidden(signIn, "form#signin");
    form.put("username", DemoUsers.HOLDER.username());
    form.put("password", DemoUsers.PASSWORD);
    form.put("submit", "Sign in");
    HttpResponse<String> signedIn = post(browser, B, "/signin.xhtml", form);
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    for (String server : List.of(A, B)) {
      HttpResponse<String> home = page(browser, server, "/holder/index.xhtml");
      assertEquals(200, home.statusCode(), server + ": " + home.headers().map());
      assertFalse(
          Jsoup.parse(home.body()).select("#signed-in-as").isEmpty(), server + " knows the user");
    }
    String session =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("DPSSESSION"))
            .findFirst()
            .orElseThrow()
            .getValue();
    // sign out on A, with the sign-out form of a page B served
    Document fromB = Jsoup.parse(page(browser, B, "/holder/index.xhtml").body());
    Map<String, String> signOut = hidden(fromB, "form#signOutForm");
    signOut.put("signOutForm:signOut", "Sign out");
    HttpResponse<String> out = post(browser, A, "/holder/index.xhtml", signOut);
    assertEquals(302, out.statusCode(), out.body());
    assertTrue(
        out.headers().firstValue("Location").orElse("").contains("signedOut=true"),
        out.headers().map().toString());
    // the old session cookie, sent again to each server, opens nothing
    for (String server : List.of(B, A)) {
      HttpResponse<String> after =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(server + "/holder/index.xhtml"))
                  .header("Cookie", "DPSSESSION=" + session)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(302, after.statusCode(), server + " still serves the signed-out session");
      assertTrue(
          after.headers().firstValue("Location").orElse("").contains("/signin.xhtml"),
          after.headers().map().toString());
    }
  }

  private static HttpResponse<String> page(HttpClient browser, String base, String path)
      throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(
      HttpClient browser, String base, String path, Map<String, String> form) throws Exception {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return browser.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> hidden(Document page, String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    page.select(form + " input[type=hidden]")
        .forEach(i -> fields.put(i.attr("name"), i.attr("value")));
    assertFalse(fields.isEmpty(), "no " + form + " on the page");
    return fields;
  }

  @Test
  @Order(3)
  @DisplayName(
      "A holder starts a return, server A is killed, the holder finishes it through the other"
          + " server without signing in again, and it is stored as typed")
  void returnSurvivesAServersDeath() throws Exception {
    LocalDate today = LocalDate.now(UK);
    LocalDate start = today.minusMonths(3);
    MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());
    String holder = MonitoringDemoData.RETURNS_HOLDER.username();
    long accountId =
        enrol(
            officer,
            account(
                reference("CLUSTER"),
                holder,
                start,
                "15600.00",
                "1200.00",
                List.of("PA_WAGES", "PERSONAL_CARE")));
    long returnId = awaitReturn(officer, accountId, start).get("id").asLong();

    // before: both servers answer, round-robin, so the pages and their forms already cross servers
    Browser.signIn(holder, DemoUsers.PASSWORD);
    Browser.open("/holder/return.xhtml?id=" + returnId);
    Browser.waitFor(By.id("return-heading"));
    type(amount(0), "about 1200");
    d().findElement(By.id("form:send")).click();
    Browser.waitFor(By.id("error-summary"));
    assertEquals("about 1200", amount(0).getAttribute("value"), "what was typed is kept");
    upload("quarter.pdf", Statements.quarter(start, today, "500.00", "1200.00", List.of()));
    assertTrue(
        Browser.waitFor(By.id("done")).getText().contains("quarter.pdf uploaded"),
        d().findElement(By.id("done")).getText());

    // the bureau's pay day (the script seeded its employers), started on A: B sees it running and
    // refuses a second start
    String payroll = DemoUsers.PAYROLL.username();
    JsonNode run =
        expect(
            202,
            call(
                A,
                payroll,
                "POST",
                "/payroll/bureau-runs",
                Map.of("month", PAY_MONTH, "partitions", 2, "chunkSize", 20)),
            "pay day on A");
    long runId = run.get("id").asLong();
    JsonNode onB = expect(200, call(B, payroll, "GET", "/payroll/bureau-runs/" + runId, null), "B");
    assertFalse(onB.get("finished").asBoolean(), "B sees A's run running: " + onB);
    assertTrue(
        List.of("STARTING", "STARTED").contains(onB.get("batchStatus").asText()), onB.toString());
    Reply again =
        call(
            B,
            payroll,
            "POST",
            "/payroll/bureau-runs",
            Map.of("month", PAY_MONTH, "partitions", 2, "chunkSize", 20));
    assertEquals(409, again.status(), "a second start on B is refused: " + again.text());

    // server A dies (SIGKILL: no shutdown, nothing flushed)
    long pid = Long.parseLong(System.getProperty("cluster.killPid"));
    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
    assertTrue(server.destroyForcibly(), "kill -9 " + pid);
    server.onExit().get();
    long killedAt = System.nanoTime();
    System.out.println("CLUSTER killed server A (pid " + pid + ")");

    // after: the same page's form, sent at once (the load balancer has not yet noticed)
    type(amount(0), "1200.00");
    type(amount(1), "410.00");
    d().findElement(By.cssSelector("label[for='form:declaration']")).click();
    d().findElement(By.id("form:send")).click();
    Browser.waitFor(By.id("sent-panel"));
    System.out.printf(
        "CLUSTER return sent %d ms after the kill%n", (System.nanoTime() - killedAt) / 1_000_000);
    assertTrue(
        d().findElement(By.id("reference")).getText().endsWith("-R" + returnId),
        d().findElement(By.id("reference")).getText());
    Browser.open("/holder/index.xhtml");
    assertTrue(
        Browser.waitFor(By.id("signed-in-as")).isDisplayed(), "still signed in after the kill");
    assertFalse(d().getCurrentUrl().contains("signin"), d().getCurrentUrl());

    // what was stored equals what was typed, read through the load balancer
    JsonNode stored = officer.get("/returns/" + returnId).body();
    assertEquals(
        0,
        new BigDecimal("1200.00")
            .compareTo(stored.get("declaredSpending").get("PA_WAGES").decimalValue()),
        stored.get("declaredSpending").toString());
    assertEquals(
        0,
        new BigDecimal("410.00")
            .compareTo(stored.get("declaredSpending").get("PERSONAL_CARE").decimalValue()));
    assertEquals(1, stored.get("uploads").size(), stored.get("uploads").toString());
    String state = stored.get("summary").get("state").asText();
    assertFalse(state.equals("OPEN") || state.equals("OVERDUE"), "sent: " + state);

    // the pay day A was running: B sees it interrupted once A stops checking in, and starting it
    // again on B resumes the same month with the same parameters, paying each employer once
    JsonNode interrupted =
        await(B, payroll, "/payroll/bureau-runs/" + runId, r -> r.get("finished").asBoolean());
    System.out.printf(
        "CLUSTER pay day on A seen as %s on B %d ms after the kill, %d of %d employers paid%n",
        interrupted.get("batchStatus").asText(),
        (System.nanoTime() - killedAt) / 1_000_000,
        interrupted.get("employersPaid").asLong(),
        interrupted.get("employersDue").asLong());
    assertTrue(
        interrupted.get("employersPaid").asLong() < interrupted.get("employersDue").asLong(),
        "A died before it finished (seed more employers otherwise): " + interrupted);
    JsonNode resumed =
        expect(
            202,
            call(
                B,
                payroll,
                "POST",
                "/payroll/bureau-runs",
                Map.of("month", PAY_MONTH, "partitions", 1, "chunkSize", 5)),
            "resume on B");
    assertEquals(runId, resumed.get("id").asLong(), "the same month's run");
    long resumedAt = System.nanoTime();
    JsonNode done =
        await(
            B,
            payroll,
            "/payroll/bureau-runs/" + runId,
            r ->
                r.get("finished").asBoolean()
                    && !r.get("batchStatus").asText().equals("INTERRUPTED"));
    System.out.printf(
        "CLUSTER pay day resumed on B and %s in %d ms: %d of %d employers paid, %d payslips%n",
        done.get("batchStatus").asText(),
        (System.nanoTime() - resumedAt) / 1_000_000,
        done.get("employersPaid").asLong(),
        done.get("employersDue").asLong(),
        done.get("payslips").asLong());
    assertEquals("COMPLETED", done.get("batchStatus").asText(), done.toString());
    assertEquals(done.get("employersDue").asLong(), done.get("employersPaid").asLong());
  }

  /** Polls GET path on one server until the body satisfies the condition (at most 5 minutes). */
  private static JsonNode await(
      String base, String user, String path, java.util.function.Predicate<JsonNode> condition)
      throws Exception {
    long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    Reply last = null;
    while (System.nanoTime() < end) {
      last = call(base, user, "GET", path, null);
      if (last.status() == 200 && condition.test(last.body())) {
        return last.body();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Timed out on " + path + ": " + (last == null ? "" : last.text()));
  }

  private static WebDriver d() {
    return Browser.driver();
  }

  private static WebElement amount(int i) {
    return d().findElement(By.id("form:spending:" + i + ":amount"));
  }

  private static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  private static void upload(String fileName, byte[] pdf) throws Exception {
    Path file = Files.createTempDirectory("dps-cluster").resolve(fileName);
    Files.write(file, pdf);
    new Select(d().findElement(By.id("upload:kind"))).selectByValue("STATEMENT");
    d().findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    d().findElement(By.id("upload:send-file")).click();
  }

  /** A PA joins through the load balancer; register staff vet and approve them on {@code base}. */
  private static String joinAndApprove(String base, String email, String language)
      throws Exception {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("email", email);
    profile.put("password", DemoUsers.PASSWORD);
    profile.put("fullName", "Cluster Carer");
    profile.put("telephone", "07700 900123");
    profile.put("areas", List.of("RM9"));
    profile.put("hasCar", true);
    profile.put("availability", MORNINGS);
    profile.put("skills", List.of("personal care"));
    profile.put("languages", List.of(language));
    profile.put("gender", "FEMALE");
    profile.put("rateSought", "13.50");
    profile.put("about", "Patient and kind.");
    expect(202, call(WebClient.BASE, null, "POST", "/register/join", profile), "join");
    String paRef =
        expect(200, call(WebClient.BASE, email, "GET", "/register/profile", null), "profile")
            .get("paRef")
            .asText();
    LocalDate today = LocalDate.now(UK);
    Map<String, Object> evidence =
        Map.of(
            "dbsLevel", "ENHANCED_WITH_ADULT_BARRED_LIST",
            "dbsIssuedOn", today.minusMonths(6).toString(),
            "rightToWorkCheckedOn", today.minusMonths(6).toString(),
            "references",
                List.of(
                    Map.of(
                        "referee", "Former employer",
                        "receivedOn", today.minusMonths(5).toString(),
                        "verifiedOn", today.minusMonths(5).toString()),
                    Map.of(
                        "referee", "Character referee",
                        "receivedOn", today.minusMonths(5).toString(),
                        "verifiedOn", today.minusMonths(5).toString())),
            "training",
                List.of(
                    Map.of(
                        "course",
                        "Care Certificate",
                        "completedOn",
                        today.minusYears(1).toString()),
                    Map.of(
                        "course",
                        "Safeguarding adults",
                        "completedOn",
                        today.minusYears(1).toString())),
            "codeOfConductAgreedOn", today.minusMonths(5).toString());
    String staff = DemoUsers.ADMIN.username();
    expect(200, call(base, staff, "PUT", "/register/pas/" + paRef + "/vetting", evidence), "vet");
    expect(200, call(base, staff, "POST", "/register/pas/" + paRef + "/approve", null), "approve");
    return paRef;
  }

  private static String describeNeed(String base, String language) throws Exception {
    String holder = DemoUsers.HOLDER.username();
    long accountId = -1;
    for (JsonNode a : expect(200, call(base, holder, "GET", "/accounts", null), "accounts")) {
      if (a.get("reference").asText().equals("DP-BDG-0001")) {
        accountId = a.get("id").asLong();
      }
    }
    Map<String, Object> need =
        Map.of(
            "area",
            "RM9",
            "hours",
            MORNINGS,
            "requiredSkills",
            List.of("PERSONAL_CARE"),
            "requiredLanguages",
            List.of(language));
    return expect(
            200,
            call(base, holder, "POST", "/register/accounts/" + accountId + "/needs", need),
            "need")
        .get("needRef")
        .asText();
  }

  private static List<String> matches(String base, String needRef) throws Exception {
    List<String> refs = new ArrayList<>();
    expect(
            200,
            call(
                base,
                DemoUsers.HOLDER.username(),
                "GET",
                "/register/needs/" + needRef + "/matches",
                null),
            "matches")
        .forEach(m -> refs.add(m.get("paRef").asText()));
    return refs;
  }

  private record Reply(int status, JsonNode body, String text) {}

  private static JsonNode expect(int status, Reply reply, String what) {
    if (reply.status() != status) {
      throw new AssertionError(what + ": " + reply.status() + " " + reply.text());
    }
    return reply.body();
  }

  private static Reply call(String base, String user, String method, String path, Object body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = null;
    try {
      json = response.body().isBlank() ? null : JSON.readTree(response.body());
    } catch (Exception notJson) {
      // the raw text goes into the failure message
    }
    return new Reply(response.statusCode(), json, response.body());
  }
}
