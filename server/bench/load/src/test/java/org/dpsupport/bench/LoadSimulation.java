package org.dpsupport.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 50 people using the service at once for 5 minutes while the bureau's pay day runs: budget holders
 * sending returns with a statement upload (each upload read back), PAs opening their payslips, and
 * staff (payroll agency, monitoring officer) on their pages. Every write is read back; the run
 * fails on any error. Properties: base, users (50), seconds (300), ramp (60: the seconds over which
 * people arrive), statement (a PDF), month.
 */
public class LoadSimulation extends Simulation {

  static final String BASE = System.getProperty("base", "http://127.0.0.1:9386");
  static final int USERS = Integer.getInteger("users", 50);
  static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("seconds", 300));
  static final String MONTH = System.getProperty("month", "2026-11");

  /**
   * People arrive evenly over the first minute (ramp, in seconds), as they do at the start of a
   * working day, rather than all within the same few seconds.
   */
  static final int RAMP = Integer.getInteger("ramp", 60);

  static final String PASSWORD = "demo-password-1";
  static final byte[] STATEMENT = read(System.getProperty("statement"));
  static final AtomicLong UNIQUE = new AtomicLong();

  static byte[] read(String path) {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("Give -Dstatement=<a statement PDF>", e);
    }
  }

  /** The statement with a unique comment after its end, so each upload is a new file. */
  static byte[] uniqueStatement() {
    byte[] tail =
        ("\n%bench-" + UNIQUE.incrementAndGet() + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] pdf = new byte[STATEMENT.length + tail.length];
    System.arraycopy(STATEMENT, 0, pdf, 0, STATEMENT.length);
    System.arraycopy(tail, 0, pdf, STATEMENT.length, tail.length);
    return pdf;
  }

  HttpProtocolBuilder protocol =
      http.baseUrl(BASE).acceptHeader("application/json").disableFollowRedirect();

  // ---- budget holders: a statement upload to an open return, read back ----------------------

  ScenarioBuilder holders =
      scenario("holders")
          .exec(
              http("holder: list returns")
                  .get("/api/v1/monitoring/returns")
                  .basicAuth("holder-returns@demo.dpsupport.org", PASSWORD)
                  .check(status().is(200))
                  .check(
                      jsonPath("$[?(@.state == 'OPEN' || @.state == 'OVERDUE')].id")
                          .findAll()
                          .saveAs("returnIds")))
          .during(DURATION)
          .on(
              exec(session -> {
                    List<Object> ids = session.getList("returnIds");
                    return session
                        .set("returnId", ids.get(ThreadLocalRandom.current().nextInt(ids.size())))
                        .set("pdf", uniqueStatement());
                  })
                  .exec(
                      http("holder: upload statement")
                          .post(
                              "/api/v1/monitoring/returns/#{returnId}/uploads?kind=STATEMENT&fileName=bench.pdf")
                          .basicAuth("holder-returns@demo.dpsupport.org", PASSWORD)
                          .header("Content-Type", "application/pdf")
                          .body(ByteArrayBody("#{pdf}"))
                          .check(status().is(200))
                          .check(jsonPath("$.id").ofLong().saveAs("uploadId")))
                  .exec(
                      http("holder: read the return back")
                          .get("/api/v1/monitoring/returns/#{returnId}")
                          .basicAuth("holder-returns@demo.dpsupport.org", PASSWORD)
                          .check(status().is(200))
                          .check(
                              jsonPath("$.uploads[*].id")
                                  .ofLong()
                                  .findAll()
                                  .transformWithSession(
                                      (ids, session) -> ids.contains(session.getLong("uploadId")))
                                  .is(true)))
                  .pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

  // ---- PAs: their payslips, one as a PDF ------------------------------------------------------

  ScenarioBuilder pas =
      scenario("pas")
          .during(DURATION)
          .on(
              exec(http("pa: list payslips")
                      .get("/api/v1/payroll/payslips")
                      .basicAuth("pa@demo.dpsupport.org", PASSWORD)
                      .check(status().is(200))
                      .check(jsonPath("$[*].id").ofLong().findRandom().saveAs("payslipId")))
                  .exec(
                      http("pa: payslip PDF")
                          .get("/api/v1/payroll/payslips/#{payslipId}/pdf")
                          .basicAuth("pa@demo.dpsupport.org", PASSWORD)
                          .header("Accept", "application/pdf")
                          .check(status().is(200))
                          .check(bodyBytes().transform(b -> b.length > 1000).is(true)))
                  .pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

  // ---- staff: sign in on the page, then their pages -------------------------------------------

  static ChainBuilder signIn(String username) {
    return exec(http("staff: sign-in page")
            .get("/signin.xhtml")
            .check(status().is(200))
            .check(form("form#signin").saveAs("signinForm")))
        .exec(
            session -> {
              Map<String, Object> form = new HashMap<>(session.getMap("signinForm"));
              form.put("username", username);
              form.put("password", PASSWORD);
              form.put("submit", "Sign in");
              return session.set("signinForm", form);
            })
        .exec(
            http("staff: sign in")
                .post("/signin.xhtml")
                .header("Origin", BASE)
                .formParamMap(session -> session.getMap("signinForm"))
                .check(status().is(302))
                .check(header("Location").transform(l -> !l.contains("signin")).is(true)));
  }

  static ScenarioBuilder staff(String name, String username, String... pages) {
    ChainBuilder visit = exec(session -> session);
    for (String page : pages) {
      visit =
          visit.exec(
              http(name + ": " + page.substring(page.lastIndexOf('/') + 1))
                  .get(page)
                  .header("Accept", "text/html")
                  .check(status().is(200))
                  .check(substring("id=\"signin\"").notExists()));
    }
    return scenario(name)
        .exec(signIn(username))
        .during(DURATION)
        .on(visit.pause(Duration.ofMillis(500), Duration.ofMillis(1500)));
  }

  // ---- the pay day, started once, followed until it finishes ----------------------------------

  ScenarioBuilder payDay =
      scenario("pay day")
          .exec(
              http("pay day: start")
                  .post("/api/v1/payroll/bureau-runs")
                  .basicAuth("payroll@demo.dpsupport.org", PASSWORD)
                  .header("Content-Type", "application/json")
                  .body(StringBody("{\"month\":\"" + MONTH + "\"}"))
                  .check(status().in(200, 201, 202))
                  .check(jsonPath("$.id").saveAs("runId")))
          .asLongAs(session -> !(session.contains("finished") && session.getBoolean("finished")))
          .on(
              exec(http("pay day: progress")
                      .get("/api/v1/payroll/bureau-runs/#{runId}")
                      .basicAuth("payroll@demo.dpsupport.org", PASSWORD)
                      .check(status().is(200))
                      .check(jsonPath("$.finished").ofBoolean().saveAs("finished")))
                  .pause(Duration.ofSeconds(2)))
          .exec(
              session -> {
                System.out.println("Pay day " + session.getString("runId") + " finished");
                return session;
              });

  {
    int holderUsers = USERS * 2 / 5;
    int paUsers = USERS * 3 / 10;
    int payrollUsers = (USERS - holderUsers - paUsers) / 2;
    int officerUsers = USERS - holderUsers - paUsers - payrollUsers;
    setUp(
            payDay.injectOpen(atOnceUsers(1)),
            holders.injectOpen(rampUsers(holderUsers).during(RAMP)),
            pas.injectOpen(rampUsers(paUsers).during(RAMP)),
            staff("payroll staff", "payroll@demo.dpsupport.org", "/agency/payroll.xhtml")
                .injectOpen(rampUsers(payrollUsers).during(RAMP)),
            staff(
                    "officer",
                    "officer@demo.dpsupport.org",
                    "/officer/index.xhtml",
                    "/officer/monitoring-queue.xhtml")
                .injectOpen(rampUsers(officerUsers).during(RAMP)))
        .protocols(protocol)
        .assertions(global().failedRequests().count().is(0L));
  }
}
