package org.dpsupport.server.it.payroll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The payroll REST API as one signed-in person, for the payroll integration tests. */
final class PayrollApi {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String BASE =
      System.getProperty("dps.it.baseUrl", "http://localhost:9180") + "/api/v1";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String authorization;

  PayrollApi(String username) {
    authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (username + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  static WebArchive realWar() {
    return ShrinkWrap.create(ZipImporter.class, "dps.war")
        .importFrom(new File("target/dps.war"))
        .as(WebArchive.class);
  }

  HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> bytes(String path) throws Exception {
    return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, Object body) throws Exception {
    String json = body instanceof String s ? s : JSON.writeValueAsString(body);
    return HTTP.send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** POST of a file's bytes as XML (HMRC's notices file). */
  HttpResponse<String> postXml(String path, byte[] body) throws Exception {
    return HTTP.send(
        request(path)
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> put(String path, Object body) throws Exception {
    String json = body instanceof String s ? s : JSON.writeValueAsString(body);
    return HTTP.send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** GET that must answer 200, as JSON. */
  JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** POST that must answer 2xx, as JSON. */
  JsonNode send(String path, Object body) throws Exception {
    HttpResponse<String> r = post(path, body);
    if (r.statusCode() / 100 != 2) {
      throw new AssertionError("POST " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(BASE + path))
        .header("Authorization", authorization)
        .header("Accept", "*/*");
  }

  /** The id of an account by its reference, as the administrator sees it. */
  static long accountId(String reference) throws Exception {
    for (JsonNode a : new PayrollApi(DemoUsers.ADMIN.username()).json("/accounts")) {
      if (a.get("reference").asText().equals(reference)) {
        return a.get("id").asLong();
      }
    }
    throw new AssertionError("No account " + reference);
  }

  /**
   * The employer set-up request every payroll IT sends (monthly pay, care and support, the same
   * valid bank details, Markel's insurance, a fee of £12.50 a payslip), with what tells the
   * employers apart. The map is mutable, so a test can make a wrong copy of it.
   */
  static Map<String, Object> employerSetUp(
      long accountId,
      String employerName,
      String payeReference,
      String accountsOfficeReference,
      int payDay,
      String monthlyBudget,
      String insurancePolicy,
      String insuranceExpires) {
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("accountId", accountId);
    setup.put("employerName", employerName);
    setup.put("payeReference", payeReference);
    setup.put("accountsOfficeReference", accountsOfficeReference);
    setup.put("careAndSupport", true);
    setup.put("payFrequency", "Monthly");
    setup.put("payDay", payDay);
    setup.put("sortCode", "40-47-84");
    setup.put("accountNumber", "70872490");
    setup.put("feePerPayslip", new BigDecimal("12.50"));
    setup.put("monthlyBudget", new BigDecimal(monthlyBudget));
    setup.put("insurer", "Markel (UK) Ltd");
    setup.put("insurancePolicy", insurancePolicy);
    setup.put("insuranceExpires", insuranceExpires);
    return setup;
  }

  /**
   * The agency (this API's user) sets up the payroll of a demo client awaiting set-up, paid on the
   * 25th with a £1,500.00 budget; PAYE reference 475/{@code officeReference}, Accounts Office
   * reference from {@code aoDigits}. The client as the awaiting list gave it.
   */
  JsonNode setUpAwaiting(
      String reference,
      String employerName,
      String officeReference,
      String aoDigits,
      String insurancePolicy)
      throws Exception {
    JsonNode client = awaitingClient(reference);
    HttpResponse<String> r =
        post(
            "/payroll/employers",
            employerSetUp(
                client.get("id").asLong(),
                employerName,
                "475/" + officeReference,
                org.dpsupport.payroll.domain.model.employer.AccountsOfficeReference
                    .withCheckCharacter("475", aoDigits)
                    .value(),
                25,
                "1500.00",
                insurancePolicy,
                "2027-06-30"));
    if (r.statusCode() != 201) {
      throw new AssertionError(
          "Setting up " + reference + " answered " + r.statusCode() + ": " + r.body());
    }
    return client;
  }

  /**
   * A starter checklist the payroll ITs send: the PA's name, NI number, start and tax code, with
   * the same address, date of birth, £13.10 an hour, 5 usual hours, bank details and checks. The
   * map is mutable, so a test can add a pension or change a field.
   */
  static Map<String, Object> starter(
      String startDate,
      String forename,
      String surname,
      String niNumber,
      String taxCode,
      boolean week1Month1) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("startDate", startDate);
    c.put("forename", forename);
    c.put("surname", surname);
    c.put("niNumber", niNumber);
    c.put("dateOfBirth", "1990-03-14");
    c.put("gender", "M");
    c.put("addressLine1", "4 Wood Lane");
    c.put("addressLine2", "Dagenham");
    c.put("postcode", "RM10 7DT");
    c.put("taxCode", taxCode);
    c.put("week1Month1", week1Month1);
    c.put("niCategory", "A");
    c.put("hourlyRate", new BigDecimal("13.10"));
    c.put("usualWeeklyHours", new BigDecimal("5"));
    c.put("sortCode", "20-45-77");
    c.put("accountNumber", "44332253");
    c.put("accountName", (forename.charAt(0) + " " + surname).toUpperCase(java.util.Locale.ROOT));
    c.put("rightToWorkChecked", "2026-09-20");
    c.put("dbsChecked", "2026-09-25");
    return c;
  }

  /**
   * The holder (this API's user) sends a PA's timesheet for a period and approves it; its id.
   * Shifts are maps of start, end (ISO date-times) and rateType.
   */
  long approvedTimesheet(
      long employmentId, String periodStart, String periodEnd, List<Map<String, Object>> shifts)
      throws Exception {
    long sheet =
        send(
                "/payroll/timesheets",
                Map.of(
                    "employmentId",
                    employmentId,
                    "periodStart",
                    periodStart,
                    "periodEnd",
                    periodEnd,
                    "shifts",
                    shifts))
            .get("id")
            .asLong();
    send("/payroll/timesheets/" + sheet + "/approve", Map.of());
    return sheet;
  }

  /**
   * Sets up a demo client awaiting set-up as an employer paid on the 28th, insured until 30 June
   * 2027 (agency staff), and finds its one starter: returns {account id, the starter's employment}.
   */
  long[] setUpWithStarter(
      String reference, String employerName, String payeReference, String budget) throws Exception {
    long accountId = awaitingClient(reference).get("id").asLong();
    String number = payeReference.substring(payeReference.length() - 5);
    HttpResponse<String> setUp =
        post(
            "/payroll/employers",
            employerSetUp(
                accountId,
                employerName,
                payeReference,
                org.dpsupport.payroll.domain.model.employer.AccountsOfficeReference
                    .withCheckCharacter("475", "000" + number)
                    .value(),
                28,
                budget,
                "EL-" + number,
                "2027-06-30"));
    org.junit.jupiter.api.Assertions.assertEquals(201, setUp.statusCode(), setUp.body());
    for (JsonNode s : json("/payroll/starters")) {
      if (s.get("accountId").asLong() == accountId) {
        return new long[] {accountId, s.get("employmentId").asLong()};
      }
    }
    throw new AssertionError(reference + " has no starter");
  }

  /** Calculates the employer's run for a month (not yet approved); returns the run's id. */
  long calculatedRun(long accountId, String month) throws Exception {
    return send("/payroll/employers/" + accountId + "/runs", Map.of("month", month))
        .get("id")
        .asLong();
  }

  /** Approves and finalises a calculated run, as agency staff would, checking it is final. */
  void finalise(long runId) throws Exception {
    send("/payroll/runs/" + runId + "/approve", Map.of());
    org.junit.jupiter.api.Assertions.assertEquals(
        "FINALISED", send("/payroll/runs/" + runId + "/finalise", Map.of()).get("status").asText());
  }

  /** Calculates, approves and finalises the employer's run for a month; returns the run's id. */
  long finalisedRun(long accountId, String month) throws Exception {
    long id = calculatedRun(accountId, month);
    finalise(id);
    return id;
  }

  /** The demo holder of a client awaiting set-up: DP-BDG-0105 is newclient5@, 0110 newclient10@. */
  static String holderOf(JsonNode client) {
    return "newclient"
        + Integer.parseInt(client.get("reference").asText().substring("DP-BDG-01".length()))
        + "@demo.dpsupport.org";
  }

  /**
   * One of the demo agency's clients awaiting set-up (DP-BDG-0101 to 0111, held by newclient1@ to
   * newclient11@), by reference: each IT that sets one up has its own, so no IT depends on
   * another's side effects or on the order they run in.
   */
  JsonNode awaitingClient(String reference) throws Exception {
    for (JsonNode a : json("/payroll/employers/awaiting-set-up")) {
      if (a.get("reference").asText().equals(reference)) {
        return a;
      }
    }
    throw new AssertionError(reference + " is not awaiting set-up");
  }
}
