package org.dpsupport.server.it.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.it.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium) for every browser IT in the run: started on first use,
 * quit when the test JVM ends. Pages run with JavaScript switched off, as a person without
 * JavaScript would see them; the accessibility check (axe-core's Selenium integration) injects its
 * script through the driver, which page settings do not block.
 *
 * <p>A click on a link or a submit button returns only once the browser has left the page it was on
 * ({@link NextPage}), so what a test reads next comes from the page the click loaded, never from
 * the old page while it is being replaced (which Selenium reports as a stale element, or answers
 * with the old page's text).
 *
 * <p>Screenshots go to {@code server/target/screenshots/}.
 */
public final class Browser {

  /** The axe-core rule tags checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
  public static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  private static final int DESKTOP_WIDTH = 1280;
  private static WebDriver driver;
  private static ChromeDriver chrome;

  private Browser() {}

  /** The shared browser, started on first use. */
  public static synchronized WebDriver driver() {
    if (driver == null) {
      chrome = start();
      driver = new EventFiringDecorator<WebDriver>(new NextPage(chrome)).decorate(chrome);
      Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit));
    }
    return driver;
  }

  private static ChromeDriver start() {
    try {
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
          "--hide-scrollbars",
          "--window-size=" + DESKTOP_WIDTH + ",900",
          "--user-data-dir=" + Files.createTempDirectory("dps-chromium"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
              .build();
      ChromeDriver chrome = new ChromeDriver(service, options);
      chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      // Works without JavaScript: prove it by switching page scripts off (DevTools' "Disable
      // JavaScript"; it lasts across navigations). The checks below switch it on only while axe
      // runs.
      scripts(chrome, false);
      return chrome;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void scripts(ChromeDriver d, boolean enabled) {
    d.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
  }

  private static synchronized void quit() {
    if (driver != null) {
      try {
        driver.quit();
      } catch (RuntimeException ignored) {
        // the JVM is ending; the browser process goes with it
      }
      driver = null;
    }
  }

  /** Opens a path of the service, e.g. {@code /holder/index.xhtml}. */
  public static void open(String path) {
    driver().get(WebClient.BASE + path);
  }

  /** Signs in through the sign-in form (signing out first if someone is signed in). */
  public static void signIn(DemoUsers.DemoUser user) {
    signIn(user.username(), DemoUsers.PASSWORD);
  }

  public static void signIn(String username, String password) {
    driver().manage().deleteAllCookies();
    open("/signin.xhtml");
    driver().findElement(By.id("username")).sendKeys(username);
    driver().findElement(By.id("password")).sendKeys(password);
    driver().findElement(By.id("submit")).click();
    waitFor(By.id("signed-in-as"));
  }

  /** Forgets the signed-in user (the session cookie goes). */
  public static void signOut() {
    driver().manage().deleteAllCookies();
  }

  /** Replaces what a text box (by its id) holds with {@code text}, as a person types it. */
  public static void type(String id, String text) {
    WebElement input = driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Clicks a button or link that loads another page and waits until the browser has left this one,
   * so that what is read next comes from the new page even where the old page had the same element
   * (a second error summary, a "done" banner, a card refreshed in place).
   */
  public static void clickThrough(WebElement element) {
    WebElement page = driver().findElement(By.tagName("html"));
    element.click();
    new WebDriverWait(driver(), Duration.ofSeconds(30))
        .withMessage(() -> "waiting to leave " + driver().getCurrentUrl())
        .until(ExpectedConditions.stalenessOf(page));
  }

  /**
   * Makes a click that loads a page (a link to another address, a submit button) wait until the
   * browser has left the page it was on. Clicks on labels, check boxes, options and summaries do
   * not load a page and are not waited for.
   */
  private static final class NextPage implements WebDriverListener {
    private final WebDriver browser;
    private WebElement leaving;

    NextPage(WebDriver browser) {
      this.browser = browser;
    }

    @Override
    public void beforeClick(WebElement element) {
      leaving = loadsAPage(element) ? browser.findElement(By.tagName("html")) : null;
    }

    @Override
    public void afterClick(WebElement element) {
      WebElement page = leaving;
      leaving = null;
      if (page != null) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
            .withMessage(() -> "waiting to leave " + browser.getCurrentUrl())
            .until(ExpectedConditions.stalenessOf(page));
      }
    }

    private static boolean loadsAPage(WebElement element) {
      String tag = element.getTagName().toLowerCase(java.util.Locale.ROOT);
      if (tag.equals("a")) {
        String href = element.getDomAttribute("href");
        return href != null
            && !href.isEmpty()
            && !href.startsWith("#")
            && element.getDomAttribute("download") == null
            && element.getDomAttribute("target") == null;
      }
      if (tag.equals("input") || tag.equals("button")) {
        String type = String.valueOf(element.getDomProperty("type"));
        return type.equals("submit") || type.equals("image");
      }
      return false;
    }
  }

  /** A click returns before the next page has loaded: wait for what the next page must show. */
  public static WebElement waitFor(By locator) {
    return new WebDriverWait(driver(), Duration.ofSeconds(30))
        .withMessage(() -> "waiting for " + locator + " on " + driver().getCurrentUrl())
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * The WCAG A/AA rules axe-core finds broken on the current page, one line each ("rule: help (n
   * elements: selectors)"); empty when the page passes.
   */
  public static List<String> accessibilityViolations() {
    Results results;
    driver();
    scripts(chrome, true);
    try {
      results = analyze();
    } finally {
      scripts(chrome, false);
    }
    if (results.isErrored()) {
      throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
    }
    List<String> problems = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      List<String> targets = new ArrayList<>();
      rule.getNodes().forEach(n -> targets.add(String.valueOf(n.getTarget())));
      problems.add(
          rule.getId()
              + " ("
              + rule.getImpact()
              + "): "
              + rule.getHelp()
              + " — "
              + rule.getNodes().size()
              + " element(s): "
              + String.join(", ", targets.subList(0, Math.min(5, targets.size()))));
    }
    return problems;
  }

  /**
   * Runs axe-core, trying again (up to three times) when its Selenium integration could not open
   * its helper about:blank window: it allows that page one second, which a loaded machine (load
   * average 30 on 2 cores) sometimes misses ("switchToWindow failed ... Timed out receiving message
   * from renderer"). That says nothing about the page under test, so it is not a result.
   */
  private static Results analyze() {
    WebDriver d = driver();
    String page = d.getWindowHandle();
    for (int attempt = 1; ; attempt++) {
      try {
        return new AxeBuilder().withTags(WCAG_TAGS).analyze(d);
      } catch (RuntimeException e) {
        if (attempt == 3 || !String.valueOf(e.getMessage()).contains("switchToWindow failed")) {
          throw e;
        }
        for (String handle : d.getWindowHandles()) {
          if (!handle.equals(page)) {
            d.switchTo().window(handle).close();
          }
        }
        d.switchTo().window(page);
      }
    }
  }

  /**
   * How many CSS pixels wider than the viewport the current page is when the window is {@code
   * width} pixels wide (0 = no horizontal scrolling). The window goes back to desktop width after.
   */
  public static long horizontalOverflowAt(int width) {
    WebDriver d = driver();
    d.manage().window().setSize(new Dimension(width, 900));
    try {
      Object overflow =
          ((JavascriptExecutor) d)
              .executeScript(
                  "return document.documentElement.scrollWidth"
                      + " - document.documentElement.clientWidth;");
      return ((Number) overflow).longValue();
    } finally {
      d.manage().window().setSize(new Dimension(DESKTOP_WIDTH, 900));
    }
  }

  /** Saves a screenshot of the current page at the given width to target/screenshots/NAME.png. */
  public static Path screenshot(String name, int width) {
    WebDriver d = driver();
    d.manage().window().setSize(new Dimension(width, 900));
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + width + ".png");
      Files.copy(
          ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      d.manage().window().setSize(new Dimension(DESKTOP_WIDTH, 900));
    }
  }
}
