package org.dpsupport.server.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A cookie-keeping HTTP client that fills in Faces forms the way a browser without JavaScript does.
 */
public final class WebClient {

  public static final String BASE = System.getProperty("dps.it.baseUrl", "http://localhost:9180");

  final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in through the sign-in page and returns the page the browser ends on. */
  public HttpResponse<String> signIn(String username, String password)
      throws IOException, InterruptedException {
    Document page = Jsoup.parse(get("/signin.xhtml").body());
    Map<String, String> form = new LinkedHashMap<>();
    page.select("form#signin input[type=hidden]")
        .forEach(i -> form.put(i.attr("name"), i.attr("value")));
    form.put("username", username);
    form.put("password", password);
    form.put("submit", "Sign in");
    return post("/signin.xhtml", form);
  }

  public HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", BASE)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A file as a browser sends it in a multipart form. */
  public record FilePart(String field, String fileName, String contentType, byte[] bytes) {}

  /**
   * Posts a multipart/form-data form (an upload form) with its fields and one file, as a browser
   * does.
   */
  public HttpResponse<String> postMultipart(String path, Map<String, String> form, FilePart file)
      throws IOException, InterruptedException {
    String boundary = "----dps-it-" + Long.toHexString(System.nanoTime());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : form.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + file.field()
                + "\"; filename=\""
                + file.fileName()
                + "\"\r\nContent-Type: "
                + file.contentType()
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file.bytes());
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Origin", BASE)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The cookies this browser would send to the service, as a Cookie header value. */
  public String cookieHeader() {
    return cookies.getCookieStore().get(URI.create(BASE)).stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  void addCookie(String name, String value) {
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(URI.create(BASE), cookie);
  }

  static HttpResponse<String> api(String method, String path, String username, String password)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + "/api/v1" + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("Accept", "application/json");
    if (username != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static String text(HttpResponse<String> response, String selector) {
    return Jsoup.parse(response.body()).select(selector).text();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
