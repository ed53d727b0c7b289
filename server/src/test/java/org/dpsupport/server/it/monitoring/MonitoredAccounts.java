package org.dpsupport.server.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * Direct payments an officer starts monitoring through the REST API, and the returns Quartz opens
 * for them, for the ITs that need an account of their own.
 */
final class MonitoredAccounts {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final Duration QUARTZ = Duration.ofSeconds(60);

  private MonitoredAccounts() {}

  /** A reference no other test uses; DP-BDG- because FoundationIT expects council BDG's prefix. */
  static String reference(String what) {
    return "DP-BDG-IT-" + what + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
  }

  /** An own-account direct payment of £300 a week paid four-weekly, for personal care. */
  static Map<String, Object> ownAccount(String reference, String holder, LocalDate start) {
    return account(reference, holder, start, "15600.00", "1200.00", List.of("PERSONAL_CARE"));
  }

  static Map<String, Object> account(
      String reference,
      String holder,
      LocalDate start,
      String annualBudget,
      String instalment,
      List<String> planCategories) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("reference", reference);
    a.put("councilCode", "BDG");
    a.put("holderUsername", holder);
    a.put("recipientName", "David Hughes");
    a.put("startDate", start.toString());
    a.put("route", "OWN_ACCOUNT");
    a.put("annualBudget", annualBudget);
    a.put("instalment", instalment);
    a.put("schedule", "FOUR_WEEKLY");
    a.put("planCategories", planCategories);
    return a;
  }

  static long enrol(MonitoringApi officer, Map<String, Object> account) throws Exception {
    MonitoringApi.Reply created = officer.post("/accounts", account);
    assertEquals(201, created.status(), created.text());
    return created.body().get("id").asLong();
  }

  /** Waits for Quartz to open the account's return that starts on {@code periodStart}. */
  static JsonNode awaitReturn(MonitoringApi officer, long accountId, LocalDate periodStart)
      throws Exception {
    Predicate<JsonNode> starts = r -> r.get("periodStart").asText().equals(periodStart.toString());
    JsonNode account =
        officer.await(
            "/accounts/" + accountId, a -> find(a.get("returns"), starts).isPresent(), QUARTZ);
    return find(account.get("returns"), starts).orElseThrow();
  }

  /** The text of the element with this id on the browser's page. */
  static String text(String id) {
    return org.dpsupport.server.it.browser.Browser.driver()
        .findElement(org.openqa.selenium.By.id(id))
        .getText();
  }

  /** No axe violation, no sideways scrolling at 320 px, and screenshots at 320 and 1280 px. */
  static void assertAccessible(String page) {
    assertEquals(
        java.util.List.of(),
        org.dpsupport.server.it.browser.Browser.accessibilityViolations(),
        page);
    assertEquals(
        0,
        org.dpsupport.server.it.browser.Browser.horizontalOverflowAt(320),
        page + " scrolls sideways at 320 px");
    org.dpsupport.server.it.browser.Browser.screenshot(page, 320);
    org.dpsupport.server.it.browser.Browser.screenshot(page, 1280);
  }

  static Optional<JsonNode> find(JsonNode array, Predicate<JsonNode> condition) {
    return StreamSupport.stream(array.spliterator(), false).filter(condition).findFirst();
  }

  static List<String> flagKinds(JsonNode detail) {
    return StreamSupport.stream(detail.get("flags").spliterator(), false)
        .map(f -> f.get("kind").asText())
        .toList();
  }
}
