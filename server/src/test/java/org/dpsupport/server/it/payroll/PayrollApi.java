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

  /** A run for the employer's month, approved and finalised; its id. */
  long finalisedRun(long accountId, String month) throws Exception {
    long id =
        send("/payroll/employers/" + accountId + "/runs", Map.of("month", month))
            .get("id")
            .asLong();
    send("/payroll/runs/" + id + "/approve", Map.of());
    String status = send("/payroll/runs/" + id + "/finalise", Map.of()).get("status").asText();
    if (!status.equals("FINALISED")) {
      throw new AssertionError("the " + month + " run was not finalised: " + status);
    }
    return id;
  }
}
