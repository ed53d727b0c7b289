import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Times match queries through the REST API: GET /api/v1/register/needs/{ref}/matches?limit=20, one
 * at a time, cycling over the given needs; warm-up first, then the measured queries. Usage: java
 * MatchRestBench.java BASE_URL USER PASSWORD WARMUP QUERIES NEED_REF...
 */
public class MatchRestBench {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
    int warmup = Integer.parseInt(args[3]);
    int queries = Integer.parseInt(args[4]);
    List<String> needs = Arrays.asList(args).subList(5, args.length);
    System.out.println(
        "HTTP Basic on every request (each call checks the password hash, as an API client does):");
    run(
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
        base,
        auth,
        true,
        warmup,
        queries,
        needs);
    // After one Basic call the server keeps the caller in the session (@AutoApplySession), as for a
    // signed-in browser.
    HttpClient session =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new java.net.CookieManager())
            .build();
    session.send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
            .header("Authorization", auth)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
    System.out.println(
        "Signed-in session (cookie; no password check per call, as the web pages do):");
    run(session, base, auth, false, warmup, queries, needs);
  }

  private static void run(
      HttpClient http,
      String base,
      String auth,
      boolean basic,
      int warmup,
      int queries,
      List<String> needs)
      throws Exception {
    long[] nanos = new long[queries];
    long results = 0;
    for (int i = 0; i < warmup + queries; i++) {
      String need = needs.get(i % needs.size());
      HttpRequest.Builder request =
          HttpRequest.newBuilder(
                  URI.create(base + "/api/v1/register/needs/" + need + "/matches?limit=20"))
              .header("Accept", "application/json")
              .GET();
      if (basic) {
        request.header("Authorization", auth);
      }
      long start = System.nanoTime();
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "GET matches for " + need + ": " + response.statusCode() + " " + response.body());
      }
      if (i >= warmup) {
        nanos[i - warmup] = took;
        results += response.body().split("\"paRef\"", -1).length - 1;
      }
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "  %d match queries over %d needs (after %d warm-up), %.1f results per query on average%n",
        queries, needs.size(), warmup, (double) results / queries);
    System.out.printf(
        "  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
        pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
