package org.dpsupport.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.DemoUsers.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium (Debian's chromium), JavaScript switched off, signs in as each role. */
@ExtendWith(ArquillianExtension.class)
class BrowserSignInIT {

  private static final Map<DemoUser, String> START_HEADINGS =
      Map.of(
          DemoUsers.HOLDER, "Your direct payment",
          DemoUsers.PA, "Your work as a personal assistant",
          DemoUsers.PAYROLL, "Payroll bureau",
          DemoUsers.OFFICER, "Monitoring dashboard",
          DemoUsers.ADMIN, "Administration");

  private static WebDriver browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @BeforeAll
  static void startBrowser() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory("dps-chromium"));
    // Works without JavaScript: prove it by switching it off.
    options.setExperimentalOption(
        "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(
                    System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** A click returns before the next page has loaded: wait for what the next page must show. */
  private static org.openqa.selenium.WebElement waitFor(By locator) {
    return new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage(() -> "waiting for " + locator + " on " + browser.getCurrentUrl())
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(locator));
  }

  @Test
  @DisplayName("Each demo user signs in, sees their role's start page, and signs out")
  void eachRoleSeesItsStartPage() {
    for (var entry : START_HEADINGS.entrySet()) {
      DemoUser user = entry.getKey();
      browser.get(WebClient.BASE + "/signin.xhtml");
      browser.findElement(By.id("username")).sendKeys(user.username());
      browser.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
      browser.findElement(By.id("submit")).click();
      assertEquals(entry.getValue(), waitFor(By.id("start-heading")).getText(), user.username());
      assertTrue(browser.findElement(By.id("signed-in-as")).getText().contains(user.displayName()));
      browser.findElement(By.id("signOutForm:signOut")).click();
      assertTrue(waitFor(By.id("signed-out-banner")).getText().contains("You have signed out."));
    }
  }

  @Test
  @DisplayName("A wrong password shows the GOV.UK error summary")
  void wrongPasswordShowsErrorSummary() {
    browser.get(WebClient.BASE + "/signin.xhtml");
    browser.findElement(By.id("username")).sendKeys(DemoUsers.PAYROLL.username());
    browser.findElement(By.id("password")).sendKeys("wrong");
    browser.findElement(By.id("submit")).click();
    assertEquals(
        "There is a problem", waitFor(By.className("govuk-error-summary__title")).getText());
  }
}
