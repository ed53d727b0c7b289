package org.dpsupport.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.DemoUsers.DemoUser;
import org.dpsupport.server.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The shared headless Chromium ({@link Browser}, JavaScript off) signs in as each role. */
@ExtendWith(ArquillianExtension.class)
class BrowserSignInIT {

  private static final Map<DemoUser, String> START_HEADINGS =
      Map.of(
          DemoUsers.HOLDER, "Your direct payment",
          DemoUsers.PA, "Your work as a personal assistant",
          DemoUsers.PAYROLL, "Payroll bureau",
          DemoUsers.OFFICER, "Monitoring dashboard",
          DemoUsers.ADMIN, "Administration");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @Test
  @DisplayName("Each demo user signs in, sees their role's start page, and signs out")
  void eachRoleSeesItsStartPage() {
    for (var entry : START_HEADINGS.entrySet()) {
      DemoUser user = entry.getKey();
      Browser.driver().get(WebClient.BASE + "/signin.xhtml");
      Browser.driver().findElement(By.id("username")).sendKeys(user.username());
      Browser.driver().findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
      Browser.driver().findElement(By.id("submit")).click();
      assertEquals(
          entry.getValue(), Browser.waitFor(By.id("start-heading")).getText(), user.username());
      assertTrue(
          Browser.driver()
              .findElement(By.id("signed-in-as"))
              .getText()
              .contains(user.displayName()));
      Browser.driver().findElement(By.id("signOutForm:signOut")).click();
      assertTrue(
          Browser.waitFor(By.id("signed-out-banner")).getText().contains("You have signed out."));
    }
  }

  @Test
  @DisplayName("A wrong password shows the GOV.UK error summary")
  void wrongPasswordShowsErrorSummary() {
    Browser.driver().get(WebClient.BASE + "/signin.xhtml");
    Browser.driver().findElement(By.id("username")).sendKeys(DemoUsers.PAYROLL.username());
    Browser.driver().findElement(By.id("password")).sendKeys("wrong");
    Browser.driver().findElement(By.id("submit")).click();
    assertEquals(
        "There is a problem",
        Browser.waitFor(By.className("govuk-error-summary__title")).getText());
  }
}
