package org.dpsupport.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 50 people using the service at once for 5 minutes while the bureau's pay day runs: budget holders
 * sending returns with a statement upload (each upload read back), PAs opening their payslips, and
 * staff (payroll agency, monitoring officer) on their pages. Every write is read back; the run
 * fails on any error. Properties: base, users (50), seconds (300), ramp (60: the seconds over which
 * people arrive), statement (a PDF), month, payDay (true: start the month's pay day and follow it),
 * pauseMinMs and pauseMaxMs (500 and 1500: each person's pause between steps), retryOnce (false: a
 * request that got no answer or a 502/503/504 from a load balancer is sent once more, under its
 * name with " (retry)", so it is counted apart), counters (a file for the figures below).
 *
 * <p>Besides Gatling's report, the run counts, and writes to the counters file: sign-outs (a
 * request after sign-in answered 401, redirected to the sign-in page, or showing the sign-in form),
 * retries and retries that succeeded, uploads acknowledged (their ids follow, one a line, for a
 * check in the database) and acknowledged uploads missing when the return was read back (lost
 * writes).
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

  static final boolean PAY_DAY = Boolean.parseBoolean(System.getProperty("payDay", "true"));
  static final boolean RETRY_ONCE = Boolean.getBoolean("retryOnce");
  static final Duration PAUSE_MIN = Duration.ofMillis(Long.getLong("pauseMinMs", 500));
  static final Duration PAUSE_MAX = Duration.ofMillis(Long.getLong("pauseMaxMs", 1500));
  static final String COUNTERS = System.getProperty("counters");

  static final AtomicLong SIGNED_OUT = new AtomicLong();
  static final AtomicLong RETRIED = new AtomicLong();
  static final AtomicLong RETRY_SUCCEEDED = new AtomicLong();
  static final AtomicLong LOST_WRITES = new AtomicLong();
  static final Set<Long> ACKNOWLEDGED = ConcurrentHashMap.newKeySet();

  /** Each virtual user's last HTTP status; none if the request got no answer. */
  static final Map<Long, Integer> LAST_STATUS = new ConcurrentHashMap<>();

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

  /**
   * One request: the name to report it under, the request without checks, its checks. Notes the
   * status and counts a sign-out (for staff only once signed in); with retryOnce, a request that
   * got no answer or a 502/503/504 is sent once more under "name (retry)". Other failures (a
   * sign-out, a wrong answer) are never retried.
   */
  static ChainBuilder request(
      String name, Function<String, HttpRequestActionBuilder> request, CheckBuilder... checks) {
    Function<String, HttpRequestActionBuilder> watched =
        n ->
            request
                .apply(n)
                .transformResponse(
                    (response, session) -> {
                      int code = response.status().code();
                      LAST_STATUS.put(session.userId(), code);
                      String location = response.headers().get("Location");
                      String type = response.headers().get("Content-Type");
                      boolean signedIn =
                          !session.contains("signedIn") || session.getBoolean("signedIn");
                      if (signedIn
                          && (code == 401
                              || (code / 100 == 3
                                  && location != null
                                  && location.contains("signin"))
                              || (code == 200
                                  && type != null
                                  && type.startsWith("text/html")
                                  && response.body().string().contains("id=\"signin\"")))) {
                        SIGNED_OUT.incrementAndGet();
                      }
                      return response;
                    })
                .check(checks);
    ChainBuilder once =
        exec(session -> {
              LAST_STATUS.remove(session.userId());
              return session.markAsSucceeded();
            })
            .exec(watched.apply(name));
    if (!RETRY_ONCE) {
      return once;
    }
    return once.doIf(
            session -> {
              Integer code = LAST_STATUS.get(session.userId());
              return session.isFailed()
                  && (code == null || code == 502 || code == 503 || code == 504);
            })
        .then(
            exec(session -> {
                  RETRIED.incrementAndGet();
                  return session.markAsSucceeded();
                })
                .exec(watched.apply(name + " (retry)"))
                .exec(
                    session -> {
                      if (!session.isFailed()) {
                        RETRY_SUCCEEDED.incrementAndGet();
                      }
                      return session;
                    }));
  }

  HttpProtocolBuilder protocol =
      http.baseUrl(BASE).acceptHeader("application/json").disableFollowRedirect();

  // ---- budget holders: a statement upload to an open return, read back ----------------------

  static final String HOLDER = "holder-returns@demo.dpsupport.org";

  ScenarioBuilder holders =
      scenario("holders")
          .exec(
              request(
                  "holder: list returns",
                  n -> http(n).get("/api/v1/monitoring/returns").basicAuth(HOLDER, PASSWORD),
                  status().is(200),
                  jsonPath("$[?(@.state == 'OPEN' || @.state == 'OVERDUE')].id")
                      .findAll()
                      .saveAs("returnIds")))
          .exitHereIfFailed()
          .during(DURATION)
          .on(
              exec(session -> {
                    List<Object> ids = session.getList("returnIds");
                    return session
                        .remove("uploadId")
                        .set("returnId", ids.get(ThreadLocalRandom.current().nextInt(ids.size())))
                        .set("pdf", uniqueStatement());
                  })
                  .exec(
                      request(
                          "holder: upload statement",
                          n ->
                              http(n)
                                  .post(
                                      "/api/v1/monitoring/returns/#{returnId}/uploads?kind=STATEMENT&fileName=bench.pdf")
                                  .basicAuth(HOLDER, PASSWORD)
                                  .header("Content-Type", "application/pdf")
                                  .body(ByteArrayBody("#{pdf}")),
                          status().is(200),
                          jsonPath("$.id").ofLong().saveAs("uploadId")))
                  .doIf(session -> session.contains("uploadId"))
                  .then(
                      exec(session -> {
                            ACKNOWLEDGED.add(session.getLong("uploadId"));
                            return session;
                          })
                          .exec(
                              request(
                                  "holder: read the return back",
                                  n ->
                                      http(n)
                                          .get("/api/v1/monitoring/returns/#{returnId}")
                                          .basicAuth(HOLDER, PASSWORD),
                                  status().is(200),
                                  jsonPath("$.uploads[*].id")
                                      .ofLong()
                                      .findAll()
                                      .transformWithSession(
                                          (ids, session) -> {
                                            boolean found =
                                                ids.contains(session.getLong("uploadId"));
                                            if (!found) {
                                              LOST_WRITES.incrementAndGet();
                                            }
                                            return found;
                                          })
                                      .is(true))))
                  .exec(session -> session.markAsSucceeded())
                  .pause(PAUSE_MIN, PAUSE_MAX));

  // ---- PAs: their payslips, one as a PDF ------------------------------------------------------

  static final String PA = "pa@demo.dpsupport.org";

  ScenarioBuilder pas =
      scenario("pas")
          .during(DURATION)
          .on(
              exec(session -> session.remove("payslipId"))
                  .exec(
                      request(
                          "pa: list payslips",
                          n -> http(n).get("/api/v1/payroll/payslips").basicAuth(PA, PASSWORD),
                          status().is(200),
                          jsonPath("$[*].id").ofLong().findRandom().saveAs("payslipId")))
                  .doIf(session -> session.contains("payslipId"))
                  .then(
                      request(
                          "pa: payslip PDF",
                          n ->
                              http(n)
                                  .get("/api/v1/payroll/payslips/#{payslipId}/pdf")
                                  .basicAuth(PA, PASSWORD)
                                  .header("Accept", "application/pdf"),
                          status().is(200),
                          bodyBytes().transform(b -> b.length > 1000).is(true)))
                  .exec(session -> session.markAsSucceeded())
                  .pause(PAUSE_MIN, PAUSE_MAX));

  // ---- staff: sign in on the page, then their pages -------------------------------------------

  static ChainBuilder signIn(String username) {
    return exec(session -> session.set("signedIn", false))
        .exec(
            request(
                "staff: sign-in page",
                n -> http(n).get("/signin.xhtml"),
                status().is(200),
                form("form#signin").saveAs("signinForm")))
        .exec(
            session -> {
              Map<String, Object> form = new HashMap<>(session.getMap("signinForm"));
              form.put("username", username);
              form.put("password", PASSWORD);
              form.put("submit", "Sign in");
              return session.set("signinForm", form);
            })
        .exec(
            request(
                "staff: sign in",
                n ->
                    http(n)
                        .post("/signin.xhtml")
                        .header("Origin", BASE)
                        .formParamMap(session -> session.getMap("signinForm")),
                status().is(302),
                header("Location").transform(l -> !l.contains("signin")).is(true)))
        .exitHereIfFailed()
        .exec(session -> session.set("signedIn", true));
  }

  static ScenarioBuilder staff(String name, String username, String... pages) {
    ChainBuilder visit = exec(session -> session);
    for (String page : pages) {
      visit =
          visit.exec(
              request(
                  name + ": " + page.substring(page.lastIndexOf('/') + 1),
                  n -> http(n).get(page).header("Accept", "text/html"),
                  status().is(200),
                  substring("id=\"signin\"").notExists()));
    }
    return scenario(name)
        .exec(signIn(username))
        .during(DURATION)
        .on(visit.exec(session -> session.markAsSucceeded()).pause(PAUSE_MIN, PAUSE_MAX));
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

  /** Writes the counters (and the acknowledged uploads' ids) for the script that ran Gatling. */
  @Override
  public void after() {
    String text =
        "signedOut="
            + SIGNED_OUT.get()
            + "\nretried="
            + RETRIED.get()
            + "\nretrySucceeded="
            + RETRY_SUCCEEDED.get()
            + "\nuploadsAcknowledged="
            + ACKNOWLEDGED.size()
            + "\nlostWrites="
            + LOST_WRITES.get()
            + "\n";
    System.out.print(text);
    if (COUNTERS != null) {
      try {
        Files.writeString(Path.of(COUNTERS), text);
        Files.writeString(
            Path.of(COUNTERS + ".uploads"),
            ACKNOWLEDGED.stream().map(String::valueOf).collect(Collectors.joining("\n", "", "\n")));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  {
    int holderUsers = USERS * 2 / 5;
    int paUsers = USERS * 3 / 10;
    int payrollUsers = (USERS - holderUsers - paUsers) / 2;
    int officerUsers = USERS - holderUsers - paUsers - payrollUsers;
    List<PopulationBuilder> people =
        new ArrayList<>(
            List.of(
                holders.injectOpen(rampUsers(holderUsers).during(RAMP)),
                pas.injectOpen(rampUsers(paUsers).during(RAMP)),
                staff("payroll staff", "payroll@demo.dpsupport.org", "/agency/payroll.xhtml")
                    .injectOpen(rampUsers(payrollUsers).during(RAMP)),
                staff(
                        "officer",
                        "officer@demo.dpsupport.org",
                        "/officer/index.xhtml",
                        "/officer/monitoring-queue.xhtml")
                    .injectOpen(rampUsers(officerUsers).during(RAMP))));
    if (PAY_DAY) {
      people.add(0, payDay.injectOpen(atOnceUsers(1)));
    }
    setUp(people).protocols(protocol).assertions(global().failedRequests().count().is(0L));
  }
}
