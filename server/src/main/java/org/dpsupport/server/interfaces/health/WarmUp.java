package org.dpsupport.server.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dpsupport.server.application.SignInService;
import org.dpsupport.server.interfaces.lifecycle.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up work that would otherwise fall on the first users: the password hash's code compiled by
 * the JIT (and the unknown-user comparison hash made), the batch runtime that runs the pay day
 * started, and the sign-in page's view compiled by Faces (one request to this server's own HTTP
 * port). Readiness ({@link SchemaReadiness}) waits for it, so a load balancer sends nobody to a
 * cold server. It gives up on a step after {@link #PAGE_WAIT} and says so in the log rather than
 * keeping the server out of service.
 */
@ApplicationScoped
public class WarmUp {

  private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());
  static final Duration PAGE_WAIT = Duration.ofSeconds(60);

  @Inject Startup startup;

  @Inject SignInService signIn;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "http.port", defaultValue = "9080")
  int httpPort;

  private volatile boolean complete;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    executor.submit(this::run);
  }

  /** Whether the warm-up has finished (or given up). */
  public boolean isComplete() {
    return complete;
  }

  private void run() {
    long started = System.nanoTime();
    try {
      Instant deadline = Instant.now().plus(PAGE_WAIT.multipliedBy(5));
      while (!startup.isComplete() && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }
      step("password hashing", signIn::warmUp);
      // the batch runtime itself (its operations need a caller with a batch role)
      step("batch runtime", BatchRuntime::getJobOperator);
      signInPage();
      LOG.info(
          "Warm-up done in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      complete = true;
    }
  }

  private static void step(String name, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Warm-up of the " + name + " failed; first requests will be slower", e);
    }
  }

  /** Asks this server for its sign-in page until it answers (the HTTP port opens after start). */
  private void signInPage() throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI page = URI.create("http://127.0.0.1:" + httpPort + "/signin.xhtml");
    Instant deadline = Instant.now().plus(PAGE_WAIT);
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() < 500 && r.statusCode() != 404) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // the port is not open yet
      }
      Thread.sleep(500);
    }
    LOG.warning("Warm-up: the sign-in page at " + page + " did not answer; carrying on");
  }
}
