package org.dpsupport.server.it.register;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A signed-in browser without JavaScript: fetches pages and posts Faces forms. */
final class PageSession {

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  static PageSession signIn(String username, String password) throws Exception {
    PageSession session = new PageSession();
    Document page = Jsoup.parse(session.get("/signin.xhtml"));
    Map<String, String> form = new LinkedHashMap<>();
    page.select("form#signin input[type=hidden]")
        .forEach(i -> form.put(i.attr("name"), i.attr("value")));
    form.put("username", username);
    form.put("password", password);
    form.put("submit", "Sign in");
    session.post("/signin.xhtml", form);
    return session;
  }

  String get(String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(RegisterApi.BASE + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(RegisterApi.BASE + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", RegisterApi.BASE)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Submits the form holding the named button, with these fields changed. */
  HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields)
      throws Exception {
    Document page = Jsoup.parse(get(path));
    Map<String, String> form = new LinkedHashMap<>();
    page.select("form#" + formId + " input[type=hidden]")
        .forEach(i -> form.put(i.attr("name"), i.attr("value")));
    form.putAll(fields);
    form.put(button, "x");
    return post(path, form);
  }

  /** Submits the form with these fields and the availability grid's ticked slots. */
  HttpResponse<String> submitWithSlots(
      String path, String formId, String button, Map<String, String> fields, String... slots)
      throws Exception {
    Document page = Jsoup.parse(get(path));
    StringBuilder body = new StringBuilder();
    page.select("form#" + formId + " input[type=hidden]")
        .forEach(i -> append(body, i.attr("name"), i.attr("value")));
    fields.forEach((k, v) -> append(body, k, v));
    for (String slot : slots) {
      append(body, "slot", slot);
    }
    append(body, button, "x");
    return http.send(
        HttpRequest.newBuilder(URI.create(RegisterApi.BASE + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", RegisterApi.BASE)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void append(StringBuilder body, String name, String value) {
    if (body.length() > 0) {
      body.append('&');
    }
    body.append(enc(name)).append('=').append(enc(value));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
