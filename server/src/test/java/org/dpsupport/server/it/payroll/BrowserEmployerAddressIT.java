package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    // newclient10@'s DP-BDG-0110: a demo client awaiting set-up that no other IT uses
    long clientId =
        new PayrollApi(DemoUsers.PAYROLL.username())
            .awaitingClient("DP-BDG-0110")
            .get("id")
            .asLong();
    String setUp =
        Browser.driver()
            .findElement(By.cssSelector("a.set-up[href$='account=" + clientId + "']"))
            .getAttribute("href");
    long account = Long.parseLong(setUp.substring(setUp.indexOf("account=") + 8));
    Browser.driver().get(setUp);
    Browser.waitFor(By.id("employer-address"));
    assertEquals(0, Browser.horizontalOverflowAt(320), "no sideways scrolling at 320 px");
    assertEquals(
        "address-line1",
        Browser.driver().findElement(By.id("employer:addressLine1")).getAttribute("autocomplete"));
    Browser.screenshot("employer-set-up", 320);
    Browser.screenshot("employer-set-up", 1280);
    Browser.type("employer:payeReference", "120/AW12345");
    Browser.type("employer:accountsOfficeReference", "123PW12345678");
    Browser.type("employer:payDay", "28");
    Browser.type("employer:sortCode", "08-99-99");
    Browser.type("employer:accountNumber", "66374958");
    Browser.type("employer:monthlyBudget", "2400");
    Browser.type("employer:insurer", "Markel (UK) Ltd");
    Browser.type("employer:insurancePolicy", "EL-1");
    Browser.type("employer:insuranceExpires:day", "31");
    Browser.type("employer:insuranceExpires:month", "3");
    Browser.type("employer:insuranceExpires:year", "2027");
    Browser.type("employer:addressLine1", "12 Elm Road");
    Browser.type("employer:addressTown", "Dagenham");
    Browser.type("employer:addressPostcode", "rm10 8ab");
    Browser.driver().findElement(By.id("employer:save")).click();
    Browser.waitFor(By.id("signed-in-as"));
    JsonNode employer =
        new PayrollApi(DemoUsers.PAYROLL.username()).json("/payroll/employers/" + account);
    assertEquals("12 Elm Road", employer.get("address").get("line1").asText());
    assertEquals("RM10 8AB", employer.get("address").get("postcode").asText());
  }

  @Test
  @DisplayName(
      "Set up an employer with nine fields wrong: every error at once in a linked summary and at its field, what was typed kept, Error: in the title; corrected, it is stored")
  void everyErrorAtOnce() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    // newclient3@'s DP-BDG-0103: a demo client awaiting set-up that no other IT uses
    long account = agency.awaitingClient("DP-BDG-0103").get("id").asLong();
    Browser.signIn(DemoUsers.PAYROLL);
    Browser.open("/agency/payroll-employer.xhtml?account=" + account);
    Browser.waitFor(By.id("employer-heading"));
    Browser.type("employer:employerName", " ");
    Browser.type("employer:addressLine1", "12 Elm Road");
    Browser.type("employer:addressTown", "Dagenham");
    Browser.type("employer:addressPostcode", "DAGENHAM");
    Browser.type("employer:payeReference", "475-HM98765");
    Browser.type("employer:accountsOfficeReference", "475PH00098765");
    Browser.type("employer:payDay", "32");
    Browser.type("employer:sortCode", "40-47");
    Browser.type("employer:accountNumber", "12");
    Browser.type("employer:monthlyBudget", "about 2000");
    Browser.type("employer:feePerPayslip", "-3");
    Browser.type("employer:insurer", "Markel (UK) Ltd");
    Browser.type("employer:insurancePolicy", "");
    Browser.type("employer:insuranceExpires:day", "31");
    Browser.type("employer:insuranceExpires:month", "2");
    Browser.type("employer:insuranceExpires:year", "2027");
    Browser.driver().findElement(By.id("employer:save")).click();
    WebElement summary = Browser.waitFor(By.id("error-summary"));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("employer:employerName", "Enter the employer's name");
    expected.put("employer:addressPostcode", "Enter a real postcode");
    expected.put("employer:payeReference", "is not an employer PAYE reference");
    expected.put("employer:accountsOfficeReference", "check letter");
    expected.put("employer:payDay", "from 1 to 31");
    expected.put("employer:sortCode", "");
    expected.put("employer:accountNumber", "");
    expected.put("employer:monthlyBudget", "must be an amount in pounds and pence");
    expected.put("employer:feePerPayslip", "must be 0 or more");
    expected.put("employer:insurancePolicy", "Enter the insurance policy number");
    expected.put("employer:insuranceExpires:day", "must be a real date");
    List<WebElement> links = summary.findElements(By.tagName("a"));
    assertEquals(
        expected.keySet().stream().map(f -> "#" + f).toList(),
        links.stream()
            .map(a -> a.getAttribute("href").substring(a.getAttribute("href").indexOf('#')))
            .toList(),
        summary.getText());
    for (var e : expected.entrySet()) {
      String atField = Browser.driver().findElement(By.id(e.getKey() + "-error")).getText();
      assertTrue(atField.startsWith("Error:"), atField);
      assertTrue(atField.contains(e.getValue()), e.getKey() + ": " + atField);
    }
    assertTrue(Browser.driver().getTitle().startsWith("Error:"), Browser.driver().getTitle());
    assertEquals("475-HM98765", value("employer:payeReference"), "what was typed is kept");
    assertEquals("about 2000", value("employer:monthlyBudget"));
    assertEquals("31", value("employer:insuranceExpires:day"));
    assertEquals("DAGENHAM", value("employer:addressPostcode"));
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320));
    Browser.screenshot("employer-set-up-errors", 320);
    Browser.screenshot("employer-set-up-errors", 1280);
    assertEquals(
        404,
        agency.get("/payroll/employers/" + account).statusCode(),
        "nothing stored while there are errors");

    Browser.type("employer:employerName", "New client 3");
    Browser.type("employer:addressPostcode", "rm10 8ab");
    Browser.type("employer:payeReference", "475/HM98765");
    Browser.type("employer:accountsOfficeReference", "475PB00098765");
    Browser.type("employer:payDay", "28");
    Browser.type("employer:sortCode", "40-47-84");
    Browser.type("employer:accountNumber", "70872490");
    Browser.type("employer:monthlyBudget", "2,000.00");
    Browser.type("employer:feePerPayslip", "12.50");
    Browser.type("employer:insurancePolicy", "EL-40117");
    Browser.type("employer:insuranceExpires:day", "28");
    Browser.driver().findElement(By.id("employer:save")).click();
    Browser.waitFor(By.id("set-up"));
    JsonNode employer = agency.json("/payroll/employers/" + account);
    assertEquals("New client 3", employer.get("employerName").asText());
    assertEquals("475/HM98765", employer.get("payeReference").asText());
    assertEquals("475PB00098765", employer.get("accountsOfficeReference").asText());
    assertEquals(28, employer.get("payDay").asInt());
    assertEquals(
        0, new BigDecimal("2000.00").compareTo(employer.get("monthlyBudget").decimalValue()));
    assertEquals(
        0, new BigDecimal("12.50").compareTo(employer.get("feePerPayslip").decimalValue()));
    assertEquals("EL-40117", employer.get("insurancePolicy").asText());
    assertEquals("2027-02-28", employer.get("insuranceExpires").asText());
    assertEquals("RM10 8AB", employer.get("address").get("postcode").asText());
  }

  private static String value(String id) {
    return Browser.driver().findElement(By.id(id)).getAttribute("value");
  }
}
