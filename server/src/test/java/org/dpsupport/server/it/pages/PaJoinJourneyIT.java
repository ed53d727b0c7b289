package org.dpsupport.server.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dpsupport.server.it.Deployments;
import org.dpsupport.server.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A member of the public joins the PA register through the page, without JavaScript: first with
 * mistakes (every error at once, linked to its field, what was typed kept), then correctly; then
 * signs in and finds the profile stored and waiting for checks. A new person each run.
 */
@ExtendWith(ArquillianExtension.class)
class PaJoinJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  private static WebDriver d() {
    return Browser.driver();
  }

  @Test
  @DisplayName(
      "A PA joins the register with mistakes (all shown at once, values kept), then correctly,"
          + " and their profile is stored waiting for checks")
  void joinWithMistakesThenCorrectly() {
    String email = "join-" + Long.toString(System.nanoTime(), 36) + "@example.org";
    Browser.signOut();
    Browser.open("/signin.xhtml");
    d().findElement(By.id("join-link")).click();
    Browser.waitFor(By.id("join-heading"));

    Browser.type("fullName", "Grace Joiner");
    Browser.type("email", "grace@");
    Browser.type("rate", "lots");
    d().findElement(By.id("joinButton")).click();
    Browser.waitFor(By.id("error-summary"));
    assertTrue(d().getTitle().startsWith("Error: "), d().getTitle());
    List<String> links =
        d().findElements(By.cssSelector("#error-summary a")).stream()
            .map(a -> a.getAttribute("href").replaceAll("^.*#", "#"))
            .toList();
    assertEquals(List.of("#email", "#areas", "#availability", "#rate", "#password"), links);
    assertEquals("Grace Joiner", d().findElement(By.id("fullName")).getAttribute("value"));
    assertEquals("lots", d().findElement(By.id("rate")).getAttribute("value"), "kept as typed");
    assertTrue(
        d().findElement(By.id("email-error")).getText().contains("correct format"),
        d().findElement(By.id("email-error")).getText());
    assertEquals(List.of(), Browser.accessibilityViolations(), "the form with errors");
    assertEquals(0, Browser.horizontalOverflowAt(320));
    Browser.screenshot("join-errors", 320);
    Browser.screenshot("join-errors", 1200);

    Browser.type("email", email);
    Browser.type("areas", "RM6 RM7");
    Browser.type("rate", "13.25");
    Browser.type("password", "a long enough password");
    d().findElement(By.id("slot-monday-evening")).click();
    d().findElement(By.id("joinButton")).click();
    assertTrue(
        Browser.waitFor(By.id("done-message")).getText().startsWith("Thank you."),
        d().findElement(By.tagName("main")).getText());

    Browser.signIn(email, "a long enough password");
    Browser.open("/pa/register-profile.xhtml");
    assertEquals("waiting for register staff to check", Browser.waitFor(By.id("status")).getText());
    assertEquals(
        "true", d().findElement(By.id("slot-monday-evening")).getAttribute("checked"), "stored");
    assertEquals("13.25", d().findElement(By.id("rate")).getAttribute("value"));
    Browser.signOut();
  }
}
