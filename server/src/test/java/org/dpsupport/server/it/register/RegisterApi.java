package org.dpsupport.server.it.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Calls the register's REST API as a given user, with JSON bodies, and builds the test's PAs and
 * needs.
 */
final class RegisterApi {

  static final String BASE = System.getProperty("dps.it.baseUrl", "http://localhost:9180");
  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  static final String STAFF = DemoUsers.ADMIN.username();
  static final String HOLDER = DemoUsers.HOLDER.username();

  /** Another budget holder, the register's own demo holder: not {@link #HOLDER}. */
  static final String OTHER_HOLDER = "newholder@demo.dpsupport.org";

  static final String PASSWORD = DemoUsers.PASSWORD;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  record Reply(int status, JsonNode body, String raw) {
    String error() {
      return body != null && body.has("error") ? body.get("error").asText() : raw;
    }
  }

  private RegisterApi() {}

  /** The real WAR the build made. */
  static WebArchive realWar() {
    return ShrinkWrap.create(ZipImporter.class, "dps.war")
        .importFrom(new File("target/dps.war"))
        .as(WebArchive.class);
  }

  static Reply call(String method, String path, String user, String password, Object body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + "/api/v1" + path))
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
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = null;
    try {
      json = response.body().isBlank() ? null : JSON.readTree(response.body());
    } catch (Exception notJson) {
      // keep the raw body for the failure message
    }
    return new Reply(response.statusCode(), json, response.body());
  }

  static Reply as(String user, String method, String path, Object body) throws Exception {
    return call(method, path, user, PASSWORD, body);
  }

  /**
   * A PA who joins by themselves, with a language no demo PA speaks so only this test's PAs can
   * match its needs.
   */
  static String join(String email, String language, String area, List<String> slots)
      throws Exception {
    Map<String, Object> profile = new java.util.LinkedHashMap<>();
    profile.put("email", email);
    profile.put("password", PASSWORD);
    profile.put("fullName", "Test Carer " + language);
    profile.put("telephone", "07700 900123");
    profile.put("areas", List.of(area));
    profile.put("hasCar", true);
    profile.put("availability", slots);
    profile.put("skills", List.of("personal care", "dementia"));
    profile.put("languages", List.of(language));
    profile.put("gender", "FEMALE");
    profile.put("rateSought", "13.50");
    profile.put("about", "Patient and kind.");
    Reply joined = call("POST", "/register/join", null, null, profile);
    if (joined.status() != 202) {
      throw new AssertionError("join: " + joined.status() + " " + joined.raw());
    }
    // joining answers the same for every address; the new PA reads their profile signed in
    Reply own = call("GET", "/register/profile", email, PASSWORD, null);
    if (own.status() != 200) {
      throw new AssertionError("profile after joining: " + own.status() + " " + own.raw());
    }
    return own.body().get("paRef").asText();
  }

  /** Register staff record complete, in-date evidence and approve the PA. */
  static JsonNode vetAndApprove(String paRef) throws Exception {
    LocalDate today = LocalDate.now();
    Map<String, Object> evidence =
        Map.of(
            "dbsLevel", "ENHANCED_WITH_ADULT_BARRED_LIST",
            "dbsIssuedOn", today.minusMonths(6).toString(),
            "rightToWorkCheckedOn", today.minusMonths(6).toString(),
            "references",
                List.of(
                    Map.of(
                        "referee",
                        "Former employer",
                        "receivedOn",
                        today.minusMonths(5).toString(),
                        "verifiedOn",
                        today.minusMonths(5).toString()),
                    Map.of(
                        "referee",
                        "Character referee",
                        "receivedOn",
                        today.minusMonths(5).toString(),
                        "verifiedOn",
                        today.minusMonths(5).toString())),
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
    Reply recorded = as(STAFF, "PUT", "/register/pas/" + paRef + "/vetting", evidence);
    if (recorded.status() != 200) {
      throw new AssertionError("vetting: " + recorded.status() + " " + recorded.raw());
    }
    Reply approved = as(STAFF, "POST", "/register/pas/" + paRef + "/approve", null);
    if (approved.status() != 200) {
      throw new AssertionError("approve: " + approved.status() + " " + approved.raw());
    }
    return approved.body();
  }

  static long accountId(String user, String reference) throws Exception {
    for (JsonNode a : as(user, "GET", "/accounts", null).body()) {
      if (a.get("reference").asText().equals(reference)) {
        return a.get("id").asLong();
      }
    }
    throw new AssertionError("No account " + reference + " for " + user);
  }

  /** The demo holder describes a need requiring the language, in the area, at the slots. */
  static String describeNeed(String language, String area, List<String> hours) throws Exception {
    Map<String, Object> need =
        Map.of(
            "area",
            area,
            "hours",
            hours,
            "requiredSkills",
            List.of("PERSONAL_CARE"),
            "preferredSkills",
            List.of("DEMENTIA", "COOKING"),
            "requiredLanguages",
            List.of(language));
    Reply described =
        as(
            HOLDER,
            "POST",
            "/register/accounts/" + accountId(HOLDER, "DP-BDG-0001") + "/needs",
            need);
    if (described.status() != 200) {
      throw new AssertionError("need: " + described.status() + " " + described.raw());
    }
    return described.body().get("needRef").asText();
  }

  /** A language name unique to one test run. */
  static String uniqueLanguage(String stem) {
    StringBuilder name = new StringBuilder(stem);
    long n = System.nanoTime();
    for (int i = 0; i < 8; i++, n /= 26) {
      name.append((char) ('a' + (int) (n % 26)));
    }
    return name.toString();
  }
}
