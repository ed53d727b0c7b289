package org.dpsupport.server.it.security;

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
import java.util.Map;
import org.dpsupport.server.it.WebClient;

/** Raw HTTP as an attacker sends it: any method, body, content type, headers and credentials. */
final class Probe {

  static final String BASE = WebClient.BASE;
  static final String API = BASE + "/api/v1";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A reply: status, headers and body, parsed as JSON when it is. */
  record Reply(int status, HttpResponse<String> raw, JsonNode json) {
    String text() {
      return status + " " + raw.body();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static Reply send(
      String method,
      String url,
      String authorization,
      String contentType,
      byte[] body,
      Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(120))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = null;
    try {
      json = r.body().isBlank() ? null : JSON.readTree(r.body());
    } catch (IOException notJson) {
      // pages, CSV and files stay text
    }
    return new Reply(r.statusCode(), r, json);
  }

  static Reply get(String url, String authorization) throws IOException, InterruptedException {
    return send("GET", url, authorization, null, null, Map.of());
  }

  static Reply postJson(String url, String authorization, String json)
      throws IOException, InterruptedException {
    return send(
        "POST",
        url,
        authorization,
        "application/json",
        json.getBytes(StandardCharsets.UTF_8),
        Map.of());
  }

  private Probe() {}
}
