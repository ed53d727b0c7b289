package org.dpsupport.server.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * Visits every page a budget holder, a nominee, a PA and a member of the public can reach (by
 * following the links from their start page, in the shared headless Chromium) and checks each: no
 * axe-core violation (WCAG 2.0 to 2.2, A and AA), no horizontal scrolling at 320 px, and no system
 * words on the page (enum names, ISO dates, exception classes). Every problem of every page is
 * listed at once.
 */
@ExtendWith(ArquillianExtension.class)
class HolderAndPaPagesIT {

  /** Where each role may go: links elsewhere (downloads, other roles) are not followed. */
  private static final Pattern FOLLOW =
      Pattern.compile("^/(holder|pa|accounts|join)/[a-z0-9-]+\\.xhtml(\\?[^#]*)?$");

  /** Words a person should never read. */
  private static final Pattern SYSTEM_WORDS =
      Pattern.compile(
          "\\b(OPEN|OVERDUE|FLAGGED|SUBMITTED|HOLDER_INTERESTED|PA_INTERESTED|BOTH_AGREED|"
              + "ACCEPTED_AUTOMATICALLY|AWAITING_RESPONSE|PA_WAGES|PERSONAL_CARE|[A-Z]+_[A-Z_]+)\\b"
              + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|Exception|\\bnull\\b|[A-Z]+:[A-Z]+");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @Test
  @DisplayName(
      "Every page of a holder, a nominee, a PA and the public: no axe violations, no scrolling"
          + " at 320 px, no system words")
  void everyPageIsAccessible() {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    List<String> visited = new ArrayList<>();

    Browser.signOut();
    for (String path : List.of("/signin.xhtml", "/join/pa.xhtml", "/no-such-page.xhtml")) {
      check("public", path, problems, visited);
    }
    Map<String, String> users = new LinkedHashMap<>();
    users.put(DemoUsers.HOLDER.username(), "/holder/index.xhtml");
    users.put("holder-returns@demo.dpsupport.org", "/holder/index.xhtml");
    users.put("employer07@demo.dpsupport.org", "/holder/index.xhtml");
    users.put(DemoUsers.PA.username(), "/pa/index.xhtml");
    for (var user : users.entrySet()) {
      Browser.signIn(user.getKey(), DemoUsers.PASSWORD);
      crawl(user.getKey(), user.getValue(), problems, visited);
      // a page of another role: the 403 page
      check(user.getKey(), "/officer/monitoring-queue.xhtml", problems, visited);
      Browser.signOut();
    }
    assertTrue(visited.size() >= 15, "pages visited: " + visited);
    assertEquals(Map.of(), problems, "pages visited: " + visited);
  }

  private static void crawl(
      String who, String start, Map<String, List<String>> problems, List<String> visited) {
    Set<String> seen = new LinkedHashSet<>();
    Map<String, Integer> perPage = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty() && seen.size() < 40) {
      String path = queue.poll();
      if (!seen.add(path)) {
        continue;
      }
      // the same page with other records: three of each are enough
      String page = path.replaceAll("\\?.*", "");
      if (perPage.merge(page, 1, Integer::sum) > 3) {
        continue;
      }
      check(who, path, problems, visited);
      for (WebElement a : Browser.driver().findElements(By.cssSelector("a[href]"))) {
        String href = a.getAttribute("href");
        if (href == null || !href.startsWith(WebClient.BASE)) {
          continue;
        }
        String local = href.substring(WebClient.BASE.length()).replaceAll("#.*", "");
        if (FOLLOW.matcher(local).matches() && !seen.contains(local)) {
          queue.add(local);
        }
      }
    }
  }

  private static void check(
      String who, String path, Map<String, List<String>> problems, List<String> visited) {
    Browser.open(path);
    Browser.waitFor(By.tagName("h1"));
    visited.add(who + " " + path);
    List<String> found = new ArrayList<>(Browser.accessibilityViolations());
    long overflow = Browser.horizontalOverflowAt(320);
    if (overflow > 0) {
      found.add("needs " + overflow + " px more than 320 px: horizontal scrolling");
    }
    // a payment reference is what the agency typed, whatever it looks like
    String text =
        Browser.driver()
            .findElement(By.tagName("main"))
            .getText()
            .replaceAll("\\(reference [^)]*\\)", "");
    var m = SYSTEM_WORDS.matcher(text);
    while (m.find()) {
      found.add("system words on the page: \"" + m.group() + "\"");
    }
    String name = (who.replaceAll("@.*", "") + path).replaceAll("[^A-Za-z0-9]+", "-");
    Browser.screenshot(name, 320);
    Browser.screenshot(name, 1200);
    if (!found.isEmpty()) {
      problems.put(who + " " + path, found);
    }
  }
}
