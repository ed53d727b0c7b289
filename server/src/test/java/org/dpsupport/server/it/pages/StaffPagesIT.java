package org.dpsupport.server.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.it.Deployments;
import org.dpsupport.server.it.WebClient;
import org.dpsupport.server.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page agency staff, monitoring officers and register staff can reach from their start page
 * (following the links on each page, within their own area), checked in the shared browser with
 * JavaScript off: no axe-core WCAG 2.0-2.2 A/AA violation and no horizontal scrolling at 320 px.
 * Read only: the crawl follows links, never submits a form. Screenshots at 320 px and desktop go to
 * target/screenshots/staff-*.
 */
@ExtendWith(ArquillianExtension.class)
class StaffPagesIT {

  private static final int MAX_PAGES_PER_ROLE = 40;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  /** The pages a user reaches from their start pages by links under the given areas. */
  private static List<String> crawl(
      DemoUsers.DemoUser user, List<String> starts, List<String> areas, List<String> problems) {
    Browser.signIn(user);
    Set<String> seen = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>(starts);
    while (!queue.isEmpty() && seen.size() < MAX_PAGES_PER_ROLE) {
      String path = queue.remove(0);
      if (!seen.add(path)) {
        continue;
      }
      Browser.open(path);
      Browser.waitFor(By.tagName("h1"));
      String name = "staff-" + path.replaceAll("[^A-Za-z0-9]+", "-");
      for (String v : Browser.accessibilityViolations()) {
        problems.add(user.username() + " " + path + ": " + v);
      }
      long overflow = Browser.horizontalOverflowAt(320);
      if (overflow > 0) {
        problems.add(
            user.username()
                + " "
                + path
                + ": "
                + overflow
                + " px too wide at 320 px; widest: "
                + widest());
      }
      Browser.screenshot(name, 320);
      Browser.screenshot(name, 1280);
      for (WebElement a : Browser.driver().findElements(By.cssSelector("main a[href]"))) {
        String href = a.getAttribute("href");
        if (href == null || !href.startsWith(WebClient.BASE)) {
          continue;
        }
        String next = href.substring(WebClient.BASE.length()).replaceAll("#.*$", "");
        if (areas.stream().anyMatch(next::startsWith) && next.contains(".xhtml")) {
          boolean sameShape =
              seen.stream().anyMatch(s -> shape(s).equals(shape(next)))
                  || queue.stream().anyMatch(s -> shape(s).equals(shape(next)));
          if (!sameShape) {
            queue.add(next);
          }
        }
      }
    }
    return List.copyOf(seen);
  }

  /** The elements that stick out furthest at 320 px, for the failure message. */
  private static Object widest() {
    Browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(320, 900));
    try {
      return ((org.openqa.selenium.JavascriptExecutor) Browser.driver())
          .executeScript(
              "var w = document.documentElement.clientWidth, out = [];"
                  + "document.querySelectorAll('main *').forEach(function (e) {"
                  + "  var r = e.getBoundingClientRect();"
                  + "  if (r.right > w + 1) { out.push([Math.round(r.right - w), e.tagName"
                  + "    + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')]); }"
                  + "});"
                  + "out.sort(function (a, b) { return b[0] - a[0]; });"
                  + "return JSON.stringify(out.slice(0, 4));");
    } finally {
      Browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }

  /** A page and the names of its parameters: one of each is enough. */
  private static String shape(String path) {
    return path.replaceAll("=[^&]*", "=");
  }

  private static JsonNode api(String user, String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(WebClient.BASE + "/api/v1" + path))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    (user + ":" + DemoUsers.PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(r.body());
  }

  /** A page's HTML, asked with HTTP Basic as the user. */
  private static org.jsoup.nodes.Document page(String user, String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(WebClient.BASE + path))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    (user + ":" + DemoUsers.PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return org.jsoup.Jsoup.parse(r.body());
  }

  @Test
  @DisplayName(
      "The start pages list accounts 25 to a page: every account the API lists, in the same order,"
          + " once; a page past the end shows the last")
  void startPagesArePaged() throws Exception {
    for (DemoUsers.DemoUser user : List.of(DemoUsers.ADMIN, DemoUsers.OFFICER, DemoUsers.PAYROLL)) {
      String start =
          user == DemoUsers.ADMIN
              ? "/admin/index.xhtml"
              : user == DemoUsers.OFFICER ? "/officer/index.xhtml" : "/agency/index.xhtml";
      List<String> expected = new ArrayList<>();
      api(user.username(), "/accounts").forEach(a -> expected.add(a.get("reference").asText()));
      List<String> listed = new ArrayList<>();
      int pages = (expected.size() + 24) / 25;
      for (int page = 1; page <= pages; page++) {
        var html = page(user.username(), start + "?page=" + page);
        var rows = html.select("#accounts tbody tr td:first-child a");
        assertTrue(rows.size() <= 25, start + " page " + page + ": " + rows.size() + " rows");
        rows.forEach(a -> listed.add(a.text()));
        if (pages > 1) {
          assertEquals(
              String.format(
                  java.util.Locale.UK,
                  "%,d accounts by reference: page %d of %d.",
                  expected.size(),
                  page,
                  pages),
              html.select("#accounts-count").text());
          assertEquals(page < pages, !html.select("#accounts-next").isEmpty(), "next link");
          assertEquals(page > 1, !html.select("#accounts-previous").isEmpty(), "previous link");
        }
      }
      assertEquals(expected, listed, user.username() + "'s accounts on " + start);
      var past = page(user.username(), start + "?page=999");
      assertEquals(
          listed.get(listed.size() - 1),
          past.select("#accounts tbody tr td:first-child a").last().text(),
          "a page past the end shows the last");
    }
    assertTrue(
        api(DemoUsers.ADMIN.username(), "/accounts").size() > 50,
        "the demo has enough accounts for the admin's start page to need pages");
  }

  @Test
  @DisplayName(
      "Every page agency staff, officers and register staff reach: zero axe violations, no 320 px"
          + " overflow")
  void everyStaffPageIsAccessible() throws Exception {
    List<String> problems = new ArrayList<>();
    List<String> visited = new ArrayList<>();
    visited.addAll(
        crawl(
            DemoUsers.PAYROLL,
            List.of("/agency/index.xhtml", "/agency/payroll.xhtml"),
            List.of("/agency/"),
            problems));
    // a demo case from the queue, so the case page and the account page are crawled too
    List<String> officerStarts =
        new ArrayList<>(
            List.of(
                "/officer/index.xhtml",
                "/officer/monitoring-queue.xhtml",
                "/officer/monitoring-reports.xhtml"));
    JsonNode queue = api(DemoUsers.OFFICER.username(), "/monitoring/queue");
    if (queue.size() > 0) {
      officerStarts.add("/officer/monitoring-case.xhtml?id=" + queue.get(0).get("id").asLong());
    }
    visited.addAll(crawl(DemoUsers.OFFICER, officerStarts, List.of("/officer/"), problems));
    visited.addAll(
        crawl(
            DemoUsers.ADMIN,
            List.of("/admin/index.xhtml", "/admin/register-vetting.xhtml"),
            List.of("/admin/"),
            problems));
    assertTrue(visited.size() >= 12, "pages crawled: " + visited);
    assertTrue(
        problems.isEmpty(),
        problems.size()
            + " problems on "
            + visited.size()
            + " pages:\n"
            + String.join("\n", problems));
  }
}
