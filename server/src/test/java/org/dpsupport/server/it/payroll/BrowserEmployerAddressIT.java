package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.it.Deployments;
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
 * In the browser: the employer set-up form's address fields (GOV.UK address pattern) put the
 * address on the payroll, and the agency's page links each run's invoice as a PDF and CSV.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserEmployerAddressIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @Test
  @DisplayName(
      "Set up an employer with their address: it is stored and shown back; the page fits 320 px")
  void setUpWithAddress() throws Exception {
    Browser.signIn(DemoUsers.PAYROLL);
    Browser.open("/agency/payroll.xhtml");
    List<WebElement> invoices =
        Browser.driver().findElements(By.cssSelector("a[href$='/invoice.pdf']"));
    assertTrue(!invoices.isEmpty(), "each employer's latest run links its invoice PDF");
    assertTrue(!Browser.driver().findElements(By.cssSelector("a[href$='/invoice.csv']")).isEmpty());
    Browser.screenshot("agency-payroll", 320);
    Browser.screenshot("agency-payroll", 1280);

    String setUp = Browser.driver().findElement(By.cssSelector("a.set-up")).getAttribute("href");
    long account = Long.parseLong(setUp.substring(setUp.indexOf("account=") + 8));
    Browser.driver().get(setUp);
    Browser.waitFor(By.id("employer-address"));
    assertEquals(0, Browser.horizontalOverflowAt(320), "no sideways scrolling at 320 px");
    assertEquals(
        "address-line1",
        Browser.driver().findElement(By.id("employer:addressLine1")).getAttribute("autocomplete"));
    Browser.screenshot("employer-set-up", 320);
    Browser.screenshot("employer-set-up", 1280);
    type("employer:payeReference", "120/AW12345");
    type("employer:accountsOfficeReference", "123PW12345678");
    type("employer:payDay", "28");
    type("employer:sortCode", "08-99-99");
    type("employer:accountNumber", "66374958");
    type("employer:monthlyBudget", "2400");
    type("employer:insurer", "Markel (UK) Ltd");
    type("employer:insurancePolicy", "EL-1");
    type("employer:insuranceExpires", "2027-03-31");
    type("employer:addressLine1", "12 Elm Road");
    type("employer:addressTown", "Dagenham");
    type("employer:addressPostcode", "rm10 8ab");
    Browser.driver().findElement(By.id("employer:save")).click();
    Browser.waitFor(By.id("signed-in-as"));
    JsonNode employer =
        new PayrollApi(DemoUsers.PAYROLL.username()).json("/payroll/employers/" + account);
    assertEquals("12 Elm Road", employer.get("address").get("line1").asText());
    assertEquals("RM10 8AB", employer.get("address").get("postcode").asText());
  }

  private static void type(String id, String text) {
    WebElement e = Browser.driver().findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }
}
