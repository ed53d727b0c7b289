package org.dpsupport.server.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.MonitoringDemoData;
import org.dpsupport.server.demo.PayrollDemoData;
import org.dpsupport.server.it.Deployments;
import org.dpsupport.server.it.FreshUsers;
import org.dpsupport.server.it.WebClient;
import org.dpsupport.testresources.attacks.PdfBombs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack suite: each probe of issue 15, run against the deployed WAR on every build, so none of
 * the holes it found can come back. The per-record access matrix over every endpoint in /openapi is
 * {@link AccessMatrixIT}.
 */
@ExtendWith(ArquillianExtension.class)
class AttackSuiteIT {

  static final String PASSWORD = DemoUsers.PASSWORD;
  static final String HOLDER = Probe.basic(DemoUsers.HOLDER.username(), PASSWORD);
  static final String OFFICER = Probe.basic(DemoUsers.OFFICER.username(), PASSWORD);
  static final String ADMIN = Probe.basic(DemoUsers.ADMIN.username(), PASSWORD);
  static final ZoneId UK = ZoneId.of("Europe/London");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  /** A problem body (RFC 9457) for this status, in words, with no container or Java internals. */
  static void assertProblem(int status, Probe.Reply r) {
    assertEquals(status, r.status(), r.text());
    assertTrue(
        r.header("Content-Type") != null
            && r.header("Content-Type").startsWith("application/problem+json"),
        "problem media type: " + r.header("Content-Type") + " " + r.text());
    JsonNode p = r.json();
    assertNotNull(p, r.text());
    assertEquals(status, p.get("status").asInt(), r.text());
    for (String field : new String[] {"type", "title", "detail", "instance"}) {
      assertTrue(p.hasNonNull(field), field + " missing: " + r.text());
    }
    String detail = p.get("detail").asText();
    for (String internal : new String[] {"RESTEASY", "Exception", "java.", "org.", "SRVE"}) {
      assertFalse(detail.contains(internal), "internals shown: " + detail);
    }
  }

  @Test
  @DisplayName(
      "Malformed, empty, non-JSON, wrong-shape, wrong-kind, impossible and oversized bodies get a 400 problem, never a 500")
  void badBodiesAre400() throws Exception {
    String url = Probe.API + "/payroll/timesheets";
    String deep = "{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}";
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("malformed", "{\"employmentId\": 1,");
    bodies.put("not JSON", "employmentId=1");
    bodies.put("a list", "[]");
    bodies.put("a bare value", "42");
    bodies.put("text for a number", "{\"employmentId\":\"abc\"}");
    bodies.put("30 February", "{\"employmentId\":1,\"periodStart\":\"2026-02-30\"}");
    bodies.put("1e400", "{\"employmentId\":1e400}");
    bodies.put("beyond a long", "{\"employmentId\":9223372036854775808}");
    bodies.put("deep nesting", deep);
    bodies.put("whitespace only", "   ");
    for (Map.Entry<String, String> b : bodies.entrySet()) {
      Probe.Reply r = Probe.postJson(url, HOLDER, b.getValue());
      assertProblem(400, r);
    }
    // empty body, invalid UTF-8
    assertProblem(400, Probe.send("POST", url, HOLDER, "application/json", new byte[0], Map.of()));
    byte[] latin1 = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
    assertProblem(400, Probe.send("POST", url, HOLDER, "application/json", latin1, Map.of()));
    // the wrong content type is a 415, and an address with a word for an id a 404, in words
    assertProblem(
        415,
        Probe.send(
            "POST", url, HOLDER, "text/plain", "{}".getBytes(StandardCharsets.UTF_8), Map.of()));
    assertProblem(404, Probe.get(Probe.API + "/accounts/abc", HOLDER));
    assertProblem(404, Probe.get(Probe.API + "/no/such/thing", HOLDER));
    // a method the address does not take
    assertProblem(405, Probe.send("DELETE", Probe.API + "/accounts", HOLDER, null, null, Map.of()));
  }

  @Test
  @DisplayName(
      "An Origin that only starts like ours (localhost:port.evil.example) is refused with 403, not a crash")
  void lookalikeOrigin() throws Exception {
    String host = java.net.URI.create(Probe.BASE).getAuthority();
    for (String origin :
        new String[] {"http://" + host + ".evil.example", "http://evil.example", "http://[::1"}) {
      Probe.Reply r =
          Probe.send(
              "POST",
              Probe.API + "/payroll/timesheets",
              HOLDER,
              "application/json",
              "{}".getBytes(StandardCharsets.UTF_8),
              Map.of("Origin", origin));
      assertProblem(403, r);
    }
  }

  @Test
  @DisplayName(
      "A form sent after its page's session is gone goes back to the page with a 303, not the"
          + " 500 page")
  void expiredPageGoesBack() throws Exception {
    // no cookies are kept: the page's saved state lives in a session this POST does not send
    Probe.Reply page = Probe.get(Probe.BASE + "/signin.xhtml", null);
    assertEquals(200, page.status(), page.text());
    java.util.regex.Matcher state =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.raw().body());
    assertTrue(state.find(), "the sign-in page has a view state");
    String form =
        "signin=signin&username=nobody%40example.org&password=wrong&submit=Sign+in"
            + "&jakarta.faces.ViewState="
            + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    java.net.URI base = java.net.URI.create(Probe.BASE);
    Probe.Reply r =
        Probe.send(
            "POST",
            Probe.BASE + "/signin.xhtml",
            null,
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8),
            Map.of("Origin", base.getScheme() + "://" + base.getAuthority()));
    assertEquals(303, r.status(), r.text());
    assertTrue(r.header("Location").endsWith("/signin.xhtml"), r.header("Location"));
  }

  @Test
  @DisplayName(
      "HTTP Basic makes no session, and credentials in a request win over a session cookie")
  void basicIsStateless() throws Exception {
    Probe.Reply me = Probe.get(Probe.API + "/me", HOLDER);
    assertEquals(200, me.status(), me.text());
    assertTrue(
        me.raw().headers().allValues("Set-Cookie").isEmpty(),
        "Basic call set cookies: " + me.raw().headers().allValues("Set-Cookie"));

    WebClient browser = new WebClient();
    browser.signIn(DemoUsers.HOLDER.username(), PASSWORD);
    String cookies = browser.cookieHeader();
    assertTrue(cookies.contains("DPSSESSION"), cookies);
    Map<String, String> withCookie = Map.of("Cookie", cookies);
    // the session alone works (a browser calling the API)
    Probe.Reply session = Probe.send("GET", Probe.API + "/me", null, null, null, withCookie);
    assertEquals(DemoUsers.HOLDER.username(), session.json().get("username").asText());
    // another user's credentials with the first user's cookie: the credentials win
    Probe.Reply other =
        Probe.send(
            "GET",
            Probe.API + "/me",
            Probe.basic(DemoUsers.PA.username(), PASSWORD),
            null,
            null,
            withCookie);
    assertEquals(200, other.status(), other.text());
    assertEquals(DemoUsers.PA.username(), other.json().get("username").asText());
    // a wrong password with a good cookie is refused
    Probe.Reply wrong =
        Probe.send(
            "GET",
            Probe.API + "/me",
            Probe.basic(DemoUsers.HOLDER.username(), "not-the-password"),
            null,
            null,
            withCookie);
    assertProblem(401, wrong);
  }

  @Test
  @DisplayName("A wrong password, an unknown user and a locked account get the same API answer")
  void oneRefusalForAll() throws Exception {
    String user = joinAsNewPa();
    for (int i = 0; i < 5; i++) {
      Probe.get(Probe.API + "/me", Probe.basic(user, "wrong-password-" + i));
    }
    Probe.Reply locked = Probe.get(Probe.API + "/me", Probe.basic(user, "a-good-password-1"));
    Probe.Reply unknown =
        Probe.get(Probe.API + "/me", Probe.basic("nobody-" + System.nanoTime() + "@x.org", "x"));
    Probe.Reply wrong =
        Probe.get(
            Probe.API + "/me",
            Probe.basic(FreshUsers.paWhoJustJoined("pa-wrong-"), "not-the-password"));
    assertProblem(401, locked);
    assertProblem(401, unknown);
    assertProblem(401, wrong);
    assertEquals(unknown.json().get("detail"), locked.json().get("detail"));
    assertEquals(unknown.json().get("detail"), wrong.json().get("detail"));
  }

  @Test
  @DisplayName("Joining with an address that has an account answers exactly as a new address does")
  void joinGivesNothingAway() throws Exception {
    com.icegreen.greenmail.util.GreenMail smtp =
        new com.icegreen.greenmail.util.GreenMail(
            new com.icegreen.greenmail.util.ServerSetup(
                Integer.getInteger("dps.it.smtpPort", 3061), "localhost", "smtp"));
    smtp.start();
    try {
      joinAnswersAlike(smtp);
    } finally {
      smtp.stop();
    }
  }

  private void joinAnswersAlike(com.icegreen.greenmail.util.GreenMail smtp) throws Exception {
    String fresh = "pa-join-" + System.nanoTime() + "@example.org";
    Probe.Reply first = Probe.postJson(Probe.API + "/register/join", null, joinBody(fresh));
    Probe.Reply again = Probe.postJson(Probe.API + "/register/join", null, joinBody(fresh));
    Probe.Reply demo =
        Probe.postJson(Probe.API + "/register/join", null, joinBody(DemoUsers.PA.username()));
    assertEquals(202, first.status(), first.text());
    assertEquals(first.status(), again.status(), again.text());
    assertEquals(first.status(), demo.status(), demo.text());
    assertEquals(first.json().get("message"), again.json().get("message"));
    assertEquals(
        first.raw().body().replace(fresh, "@"),
        demo.raw().body().replace(DemoUsers.PA.username(), "@"));
    // an incomplete form is refused alike for a new address and a known one
    String incomplete = "{\"email\":\"%s\",\"password\":\"a-good-password-1\",\"fullName\":\"X\"}";
    Probe.Reply newIncomplete =
        Probe.postJson(Probe.API + "/register/join", null, incomplete.formatted("new-" + fresh));
    Probe.Reply knownIncomplete =
        Probe.postJson(
            Probe.API + "/register/join", null, incomplete.formatted(DemoUsers.PA.username()));
    assertEquals(newIncomplete.status(), knownIncomplete.status(), knownIncomplete.text());
    assertEquals(newIncomplete.json().get("detail"), knownIncomplete.json().get("detail"));
    // the owner of the known address is told by e-mail instead
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    boolean told = false;
    while (!told && System.nanoTime() < deadline) {
      for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
        told |=
            m.getAllRecipients()[0].toString().equals(DemoUsers.PA.username())
                && m.getSubject().contains("tried to join the PA register");
      }
      Thread.sleep(500);
    }
    assertTrue(told, "no e-mail to " + DemoUsers.PA.username());
  }

  @Test
  @DisplayName("Only an administrator may read the return scheduler's state")
  void schedulerIsAdminOnly() throws Exception {
    String url = Probe.API + "/monitoring/scheduler";
    for (String user :
        new String[] {
          DemoUsers.HOLDER.username(),
          DemoUsers.PA.username(),
          DemoUsers.PAYROLL.username(),
          DemoUsers.OFFICER.username()
        }) {
      assertProblem(403, Probe.get(url, Probe.basic(user, PASSWORD)));
    }
    assertEquals(200, Probe.get(url, ADMIN).status());
  }

  @Test
  @DisplayName(
      "Every response carries the security headers: API 401s and 404s, health, OpenAPI, the container's own 404, pages")
  void headersEverywhere() throws Exception {
    List<Probe.Reply> replies = new ArrayList<>();
    replies.add(Probe.get(Probe.API + "/me", null));
    replies.add(Probe.get(Probe.API + "/me", Probe.basic("x@y.z", "wrong")));
    replies.add(Probe.get(Probe.API + "/nothing-here", HOLDER));
    replies.add(Probe.get(Probe.BASE + "/health/live", null));
    replies.add(Probe.get(Probe.BASE + "/health/ready", null));
    replies.add(Probe.get(Probe.BASE + "/openapi", null));
    replies.add(Probe.get(Probe.BASE + "/no-such-application/", null));
    replies.add(Probe.get(Probe.BASE + "/WEB-INF/web.xml", null));
    replies.add(Probe.get(Probe.BASE + "/signin.xhtml", null));
    for (Probe.Reply r : replies) {
      String where = r.raw().request().uri() + " -> " + r.status();
      assertEquals("nosniff", r.header("X-Content-Type-Options"), where);
      assertEquals("DENY", r.header("X-Frame-Options"), where);
      assertNotNull(r.header("Referrer-Policy"), where);
      assertTrue(
          r.header("Content-Security-Policy") != null
              && r.header("Content-Security-Policy").contains("frame-ancestors 'none'"),
          where);
      assertNull(r.header("X-Powered-By"), where);
    }
  }

  @Test
  @DisplayName(
      "An upload over 20 MB is refused with 413 before it is read, and nothing is kept; a PDF bomb is refused in under 5 s")
  void uploadLimitsAndBombs() throws Exception {
    long returnId = ownOpenReturn();
    String holder = Probe.basic(MonitoringDemoData.RETURNS_HOLDER.username(), PASSWORD);
    String uploads = Probe.API + "/monitoring/returns/" + returnId + "/uploads";
    int before = uploadCount(returnId, holder);
    byte[] big = new byte[21 * 1024 * 1024];
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
    Probe.Reply refused = Probe.send("POST", uploads, holder, "application/pdf", big, Map.of());
    assertProblem(413, refused);
    assertTrue(refused.json().get("detail").asText().contains("20 MB"), refused.text());
    assertEquals(before, uploadCount(returnId, holder), "nothing was kept");

    byte[] bomb = PdfBombs.zeros(100L * 1024 * 1024);
    byte[] bigBomb = PdfBombs.zeros(400L * 1024 * 1024);
    for (byte[] file : new byte[][] {bomb, PdfBombs.oneByteMore(bomb), bigBomb}) {
      long start = System.nanoTime();
      Probe.Reply read =
          Probe.send(
              "POST", uploads + "?kind=STATEMENT", holder, "application/pdf", file, Map.of());
      long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
      assertEquals(200, read.status(), read.text());
      assertEquals("NEEDS_OFFICER", read.json().get("outcome").asText(), read.text());
      assertTrue(ms < 5000, "a " + file.length + "-byte bomb took " + ms + " ms");
      System.out.printf("PDF bomb of %,d bytes refused in %d ms%n", file.length, ms);
    }
  }

  @Test
  @DisplayName(
      "20 parallel 50 MB uploads (half with a length, half streamed) are all refused with 413, and the server's heap stays flat")
  void parallelBigUploadsKeepHeapFlat() throws Exception {
    long returnId = ownOpenReturn();
    String holder = Probe.basic(MonitoringDemoData.RETURNS_HOLDER.username(), PASSWORD);
    String url = Probe.API + "/monitoring/returns/" + returnId + "/uploads";
    int before = uploadCount(returnId, holder);
    byte[] fifty = new byte[50 * 1024 * 1024];
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, fifty, 0, 9);
    long heapBefore = ServerHeap.usedAfterGc();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(20);
    List<java.util.concurrent.Future<Integer>> sent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      boolean streamed = i % 2 == 1;
      sent.add(
          pool.submit(
              () -> {
                java.net.http.HttpRequest.BodyPublisher body =
                    streamed
                        ? java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(fifty))
                        : java.net.http.HttpRequest.BodyPublishers.ofByteArray(fifty);
                java.net.http.HttpRequest request =
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                        .header("Authorization", holder)
                        .header("Content-Type", "application/pdf")
                        .timeout(Duration.ofSeconds(120))
                        .POST(body)
                        .build();
                try {
                  return Probe.HTTP
                      .send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
                      .statusCode();
                } catch (java.io.IOException closedEarly) {
                  // the server answered 413 and closed before the client finished sending
                  return -1;
                }
              }));
    }
    List<Integer> statuses = new ArrayList<>();
    for (var f : sent) {
      statuses.add(f.get());
    }
    pool.shutdown();
    long heapAfter = ServerHeap.usedAfterGc();
    System.out.printf(
        "20 parallel 50 MB uploads: statuses %s; server heap used after GC %,d KB before,"
            + " %,d KB after%n",
        statuses, heapBefore / 1024, heapAfter / 1024);
    assertTrue(statuses.stream().allMatch(s -> s == 413 || s == -1), statuses.toString());
    assertTrue(statuses.stream().filter(s -> s == 413).count() >= 10, statuses.toString());
    assertEquals(before, uploadCount(returnId, holder), "nothing was kept");
    assertTrue(
        heapAfter - heapBefore < 64L * 1024 * 1024,
        "heap grew by " + (heapAfter - heapBefore) / 1024 + " KB");
  }

  @Test
  @DisplayName(
      "A formula in a name is escaped in returns.csv, and a formula as an account reference is refused")
  void csvFormulas() throws Exception {
    Map<String, Object> account = account("SUM", "+SUM(1+1)");
    Probe.Reply formulaRef =
        Probe.postJson(
            Probe.API + "/monitoring/accounts", OFFICER, Probe.JSON.writeValueAsString(account));
    assertProblem(400, formulaRef);

    long returnId = ownOpenReturn();
    String csv = Probe.get(Probe.API + "/monitoring/reports/returns.csv", OFFICER).raw().body();
    String row =
        csv.lines()
            .filter(l -> l.startsWith(returnId + ","))
            .findFirst()
            .orElseThrow(() -> new AssertionError(csv));
    assertTrue(row.contains("'=HYPERLINK("), row);
    for (String line : csv.lines().toList()) {
      for (String cell : line.split(",")) {
        String c = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertFalse(c.startsWith("=") || c.startsWith("@"), "formula cell in: " + line);
      }
    }
  }

  @Test
  @DisplayName(
      "Timesheets that cannot be true are refused: 2000 to 2100, year 99999, 2,976 quarter-hour shifts in a month")
  void timesheetNonsense() throws Exception {
    long employmentId = holdersEmployment();
    String url = Probe.API + "/payroll/timesheets";
    LocalDate month = LocalDate.now(UK).withDayOfMonth(1).minusMonths(1);
    assertProblem(
        400,
        Probe.postJson(
            url, HOLDER, timesheet(employmentId, "2000-01-01", "2100-01-01", oneShift(month))));
    assertProblem(
        400,
        Probe.postJson(
            url, HOLDER, timesheet(employmentId, "+99999-01-01", "+99999-01-28", oneShift(month))));
    assertProblem(
        400,
        Probe.postJson(
            url, HOLDER, timesheet(employmentId, "99999-01-01", "99999-01-28", oneShift(month))));
    List<Map<String, String>> shifts = new ArrayList<>();
    LocalDateTime t = month.atStartOfDay();
    while (t.toLocalDate().getMonth() == month.getMonth()) {
      shifts.add(shift(t, t.plusMinutes(15)));
      t = t.plusMinutes(15);
    }
    Probe.Reply many =
        Probe.postJson(
            url,
            HOLDER,
            timesheet(
                employmentId,
                month.toString(),
                month.withDayOfMonth(month.lengthOfMonth()).toString(),
                shifts));
    assertProblem(400, many);
    assertTrue(many.json().get("detail").asText().contains("More than 12 shifts"), many.text());
  }

  @Test
  @DisplayName(
      "Another agency's employer on the agency pages is a 403 or 404 page in plain words, never a crash")
  void otherAgencysPages() throws Exception {
    JsonNode employers =
        Probe.get(
                Probe.API + "/payroll/employers",
                Probe.basic(DemoUsers.PAYROLL.username(), PASSWORD))
            .json();
    long eastbrook = employers.get(0).get("accountId").asLong();
    WebClient riverside = new WebClient();
    riverside.signIn(PayrollDemoData.SECOND_AGENCY_STAFF, PASSWORD);
    for (String page :
        new String[] {
          "payroll-employer.xhtml",
          "payroll-runs.xhtml",
          "payroll-employees.xhtml",
          "payroll-starter.xhtml"
        }) {
      for (String query :
          new String[] {
            "?account=" + eastbrook,
            "?employer=" + eastbrook,
            "?account=abc",
            "?account=99999999999999999999"
          }) {
        var r = riverside.get("/agency/" + page + query);
        assertTrue(r.statusCode() < 500, page + query + " -> " + r.statusCode());
        assertFalse(
            r.body().contains(String.valueOf("DP-BDG-0001")),
            page + query + " shows Eastbrook's employer");
      }
    }
  }

  @Test
  @DisplayName(
      "OpenAPI documents every request body with its fields and every operation's error responses as problems")
  void openApiDocumentsBodiesAndErrors() throws Exception {
    JsonNode doc = Probe.get(Probe.BASE + "/openapi?format=JSON", null).json();
    JsonNode schemas = doc.get("components").get("schemas");
    assertTrue(schemas.has("Problem"), "no Problem schema");
    List<String> gaps = new ArrayList<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          String where = op.getKey().toUpperCase() + " " + path.getKey();
                          JsonNode responses = op.getValue().get("responses");
                          for (String status : new String[] {"400", "401", "403", "404", "500"}) {
                            JsonNode r = responses == null ? null : responses.get(status);
                            if (r == null || !r.toString().contains("application/problem+json")) {
                              gaps.add(where + " lacks a " + status + " problem");
                            }
                          }
                          JsonNode body = op.getValue().get("requestBody");
                          if (body != null) {
                            JsonNode content = body.get("content");
                            content
                                .fields()
                                .forEachRemaining(
                                    media -> {
                                      JsonNode schema = media.getValue().get("schema");
                                      if (schema == null) {
                                        gaps.add(
                                            where + " body " + media.getKey() + " has no schema");
                                      } else if (schema.has("$ref")) {
                                        String name =
                                            schema
                                                .get("$ref")
                                                .asText()
                                                .replace("#/components/schemas/", "");
                                        JsonNode s = schemas.get(name);
                                        if (s == null || !s.has("properties")) {
                                          gaps.add(where + " body " + name + " has no fields");
                                        }
                                      } else if ("object".equals(schema.path("type").asText())
                                          && !schema.has("properties")) {
                                        gaps.add(where + " body is a bare object");
                                      }
                                    });
                          }
                        }));
    assertTrue(gaps.isEmpty(), gaps.size() + " gaps: " + gaps);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static volatile Long ownReturn;

  /**
   * An account of this suite's own (so nothing here disturbs the other ITs) and its open return.
   */
  static synchronized long ownOpenReturn() throws Exception {
    if (ownReturn == null) {
      Map<String, Object> account =
          account("DP-BDG-ATK-" + Long.toString(System.nanoTime(), 36).toUpperCase(), null);
      Probe.Reply created =
          Probe.postJson(
              Probe.API + "/monitoring/accounts", OFFICER, Probe.JSON.writeValueAsString(account));
      assertEquals(201, created.status(), created.text());
      long id = created.json().get("id").asLong();
      long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (System.nanoTime() < end) {
        JsonNode a = Probe.get(Probe.API + "/monitoring/accounts/" + id, OFFICER).json();
        if (a != null && a.get("returns").size() > 0) {
          ownReturn = a.get("returns").get(0).get("id").asLong();
          break;
        }
        Thread.sleep(500);
      }
      assertNotNull(ownReturn, "Quartz opened no return for the suite's account");
    }
    return ownReturn;
  }

  static Map<String, Object> account(String reference, String forcedReference) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("reference", forcedReference == null ? reference : forcedReference);
    a.put("councilCode", "BDG");
    a.put("holderUsername", MonitoringDemoData.RETURNS_HOLDER.username());
    a.put("recipientName", "=HYPERLINK(\"http://evil.example\",\"Click\")");
    a.put("startDate", LocalDate.now(UK).minusMonths(3).toString());
    a.put("route", "OWN_ACCOUNT");
    a.put("annualBudget", "15600.00");
    a.put("instalment", "1200.00");
    a.put("schedule", "FOUR_WEEKLY");
    a.put("planCategories", List.of("PERSONAL_CARE"));
    return a;
  }

  static int uploadCount(long returnId, String holder) throws Exception {
    Probe.Reply detail = Probe.get(Probe.API + "/monitoring/returns/" + returnId, holder);
    assertEquals(200, detail.status(), detail.text());
    return detail.json().get("uploads").size();
  }

  static long holdersEmployment() throws Exception {
    JsonNode accounts = Probe.get(Probe.API + "/accounts", HOLDER).json();
    for (JsonNode a : accounts) {
      Probe.Reply employees =
          Probe.get(
              Probe.API + "/payroll/employers/" + a.get("id").asLong() + "/employees", HOLDER);
      if (employees.status() == 200 && employees.json().size() > 0) {
        return employees.json().get(0).get("employmentId").asLong();
      }
    }
    throw new AssertionError("the demo holder employs no PA");
  }

  static List<Map<String, String>> oneShift(LocalDate month) {
    LocalDateTime start = month.plusDays(1).atTime(9, 0);
    return List.of(shift(start, start.plusHours(3)));
  }

  static Map<String, String> shift(LocalDateTime start, LocalDateTime end) {
    return Map.of("start", start.toString(), "end", end.toString(), "rateType", "DAY");
  }

  static String timesheet(
      long employmentId, String start, String end, List<Map<String, String>> shifts)
      throws Exception {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("employmentId", employmentId);
    t.put("periodStart", start);
    t.put("periodEnd", end);
    t.put("shifts", shifts);
    return Probe.JSON.writeValueAsString(t);
  }

  static String joinBody(String email) throws Exception {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("email", email);
    j.put("password", "a-good-password-1");
    j.put("fullName", "Sam Probe");
    j.put("telephone", "07700 900123");
    j.put("areas", List.of("RM10"));
    j.put("hasCar", true);
    j.put("availability", List.of("MONDAY:MORNING"));
    j.put("skills", List.of("personal care"));
    j.put("languages", List.of("English"));
    j.put("gender", "FEMALE");
    j.put("rateSought", "13.50");
    j.put("about", "Probing.");
    return Probe.JSON.writeValueAsString(j);
  }

  /** A PA who joins the register now, so locking them out disturbs no other test. */
  static String joinAsNewPa() throws Exception {
    return FreshUsers.paWhoJustJoined("pa-lock-");
  }
}
