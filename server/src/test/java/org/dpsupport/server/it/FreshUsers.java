package org.dpsupport.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Users an integration test makes for itself, so that what it does to them (failed sign-ins, a
 * lock-out) disturbs no other test: the demo users are shared by every test on the server.
 */
public final class FreshUsers {

  /** The password every fresh user joins with. */
  public static final String PASSWORD = "a-good-password-1";

  private FreshUsers() {}

  /**
   * A personal assistant who joins the register now (the public join), with {@link #PASSWORD}; the
   * address starts with {@code prefix} and is new to the server.
   */
  public static String paWhoJustJoined(String prefix) throws IOException, InterruptedException {
    String email = prefix + System.nanoTime() + "@example.org";
    String body =
        "{\"email\":\""
            + email
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"fullName\":\"Sam Fresh\",\"telephone\":\"07700 900123\","
            + "\"areas\":[\"RM10\"],\"hasCar\":true,\"availability\":[\"MONDAY:MORNING\"],"
            + "\"skills\":[\"personal care\"],\"languages\":[\"English\"],\"gender\":\"FEMALE\","
            + "\"rateSought\":\"13.50\",\"about\":\"Made by a test for itself.\"}";
    HttpResponse<String> joined =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(WebClient.BASE + "/api/v1/register/join"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertTrue(joined.statusCode() < 300, joined.body());
    assertEquals(200, WebClient.api("GET", "/me", email, PASSWORD).statusCode());
    return email;
  }
}
