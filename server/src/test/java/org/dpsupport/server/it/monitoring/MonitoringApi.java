package org.dpsupport.server.it.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;
import org.dpsupport.server.demo.DemoUsers;

/**
 * The monitoring REST API (or another part of it) as one signed-in person calls it (HTTP Basic,
 * JSON).
 */
final class MonitoringApi {

  static final String API =
      System.getProperty("dps.it.baseUrl", "http://localhost:9180") + "/api/v1";
  static final String BASE = API + "/monitoring";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A response: status and parsed body. */
  record Reply(int status, JsonNode body, String text) {}

  private final String authorization;
  private final String base;

  MonitoringApi(String username) {
    this(username, BASE);
  }

  /** Another part of the API as the same person (payroll's pay runs, for reconciliation). */
  static MonitoringApi of(String username, String part) {
    return new MonitoringApi(username, API + part);
  }

  private MonitoringApi(String username, String base) {
    this.base = base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (username + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  Reply get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  Reply post(String path, Object json) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)))
            .build());
  }

  /** Posts a body as it is, JSON or not (a malformed request). */
  Reply postText(String path, String body) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** The bytes of a file (a PDF) and its status. */
  HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
    return HTTP.send(
        request(path).setHeader("Accept", "*/*").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  Reply put(String path, Object json) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)))
            .build());
  }

  Reply upload(String path, byte[] pdf) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
            .build());
  }

  Reply uploadCsv(String path, byte[] csv) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
            .build());
  }

  /** Polls GET path until the body satisfies the condition, or fails after the timeout. */
  JsonNode await(String path, Predicate<JsonNode> condition, Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    Reply last = null;
    while (System.nanoTime() < end) {
      last = get(path);
      if (last.status() == 200 && condition.test(last.body())) {
        return last.body();
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "Timed out waiting on " + path + "; last reply " + (last == null ? "none" : last.text()));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(60));
  }

  private static Reply send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode body = null;
    try {
      body = response.body().isBlank() ? null : JSON.readTree(response.body());
    } catch (IOException notJson) {
      // CSV and error pages stay as text
    }
    return new Reply(response.statusCode(), body, response.body());
  }
}
