package org.dpsupport.server.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Waits, before each integration test, until the deployed application says it is ready ({@code
 * /health/ready} = 200). Arquillian reports a deployment as done once Liberty has installed it; on
 * a busy machine the first requests could otherwise reach the server before the application has
 * started and get 404s. Registered for every IT through JUnit's extension auto-detection (failsafe
 * sets {@code junit.jupiter.extensions.autodetection.enabled}); it runs after Arquillian's own
 * before-all deployment. When the application is already up this costs one request.
 */
public class ApplicationReady implements BeforeEachCallback {

  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  public void beforeEach(ExtensionContext context) throws InterruptedException {
    URI ready = URI.create(WebClient.BASE + "/health/ready");
    Instant deadline = Instant.now().plus(PATIENCE);
    int last = -1;
    while (Instant.now().isBefore(deadline)) {
      try {
        last =
            HTTP.send(
                    HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (last == 200) {
          // and the application itself answers (Liberty serves its own 404 until the context root
          // is up)
          last =
              HTTP.send(
                      HttpRequest.newBuilder(URI.create(WebClient.BASE + "/signin.xhtml"))
                          .timeout(Duration.ofSeconds(10))
                          .GET()
                          .build(),
                      HttpResponse.BodyHandlers.discarding())
                  .statusCode();
          if (last < 400) {
            return;
          }
        }
      } catch (IOException notListeningYet) {
        last = -1;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "The application was not ready within "
            + PATIENCE.toSeconds()
            + " s (last /health/ready status "
            + last
            + "); see "
            + System.getProperty("dps.it.logFile"));
  }
}
