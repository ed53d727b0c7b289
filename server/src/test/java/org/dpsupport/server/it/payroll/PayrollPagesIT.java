package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.PayrollDemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The payroll pages render for each role, from the demo bureau, without JavaScript. */
@ExtendWith(ArquillianExtension.class)
class PayrollPagesIT {

  private static final String BASE = System.getProperty("dps.it.baseUrl", "http://localhost:9180");
  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  @Test
  @DisplayName("Agency, budget holder and PA each see their payroll page")
  void pages() throws Exception {
    Document agency = page(DemoUsers.PAYROLL.username(), "/agency/payroll.xhtml");
    assertEquals("Payroll", agency.select("#payroll-heading").text());
    assertTrue(
        agency.select("#employers").text().contains("Margaret Okafor"),
        agency.select("#employers").text());
    assertTrue(agency.select("#employers").text().contains("insurance has lapsed"));
    assertTrue(
        agency.select("#employers a[href$=/fps]").size() >= 1, "downloads of the latest run");
    // the demo leaves October's PAYE unrecorded for a few employers; HMRC was due by 22 November
    // 2026
    assertTrue(
        agency
            .select("#employers")
            .text()
            .contains("overdue: it was due to HMRC by 22 November 2026"),
        agency.select("#employers").text());

    Document holder = page(DemoUsers.HOLDER.username(), "/holder/timesheets.xhtml");
    assertTrue(
        holder.select("input[value=\"Approve Priya Shah's timesheet\"]").size() == 1,
        holder.text());
    assertTrue(
        holder.text().contains("This month's pay run costs"), "the run's cost in plain words");
    assertTrue(
        holder.text().contains("paid to HMRC on"),
        "the employer sees their PAYE paid over: " + holder.text());

    Document pa = page(DemoUsers.PA.username(), "/pa/payslips.xhtml");
    assertTrue(pa.select("#payslips a[href$=/pdf]").size() >= 1);
    assertTrue(pa.select("#payslips").text().contains("Margaret Okafor"));
  }

  @Test
  @DisplayName(
      "Agency staff put a new starter on the payroll from the starter checklist form, with a clear message for a bad NI number")
  void starterChecklistForm() throws Exception {
    HttpClient http = signIn(DemoUsers.PAYROLL.username());
    Document payroll = get(http, "/agency/payroll.xhtml");
    // a starter from the demo is listed with a link to the form until their checklist is done (on a
    // fresh
    // database); the form also takes a new PA for an employer, which this test uses so it can run
    // again
    assertTrue(
        payroll.select("#starters li").isEmpty()
            || !payroll.select("#starters a[href*=payroll-starter.xhtml]").isEmpty(),
        payroll.select("#starters").html());
    var link = payroll.select("#employers a.add-pa").first();
    assertTrue(link != null, payroll.select("#employers").html());
    Document form = get(http, link.attr("href"));
    assertEquals(
        "Starter checklist: put a PA on the payroll", form.select("#starter-heading").text());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("starter:startDate:day", "1");
    fields.put("starter:startDate:month", "12");
    fields.put("starter:startDate:year", "2026");
    fields.put("starter:forename", "Grace");
    fields.put("starter:surname", "Adeyemi");
    fields.put("starter:niNumber", "QQ123456Z");
    fields.put("starter:dateOfBirth:day", "12");
    fields.put("starter:dateOfBirth:month", "4");
    fields.put("starter:dateOfBirth:year", "1985");
    fields.put("starter:gender", "F");
    fields.put("starter:addressLine1", "4 Mill Lane");
    fields.put("starter:addressLine2", "Barking");
    fields.put("starter:postcode", "IG11 7QX");
    fields.put("starter:starterDeclaration", "A");
    fields.put("starter:taxCode", "");
    fields.put("starter:niCategory", "A");
    fields.put("starter:studentLoanPlans", "");
    fields.put("starter:hourlyRate", "13.10");
    fields.put("starter:usualWeeklyHours", "20");
    fields.put("starter:sortCode", "20-45-77");
    fields.put("starter:accountNumber", "33445566");
    fields.put("starter:accountName", "G ADEYEMI");
    fields.put("starter:rightToWorkChecked:day", "1");
    fields.put("starter:rightToWorkChecked:month", "11");
    fields.put("starter:rightToWorkChecked:year", "2026");
    fields.put("starter:dbsChecked:day", "2");
    fields.put("starter:dbsChecked:month", "11");
    fields.put("starter:dbsChecked:year", "2026");
    fields.put("starter:save", "Put on the payroll");
    // four mistakes at once (the account number fails the bank's check for that sort code too):
    // each named in the summary, linked to its field, and at the field
    fields.put("starter:postcode", "MILL LANE");
    fields.put("starter:dateOfBirth:month", "13");
    Document refused = post(http, form, fields);
    assertTrue(refused.title().startsWith("Error:"), refused.title());
    assertEquals(
        List.of(
            "#starter:niNumber",
            "#starter:dateOfBirth:day",
            "#starter:postcode",
            "#starter:accountNumber"),
        refused.select("#error-summary a").eachAttr("href"),
        refused.select("#error-summary").text());
    assertTrue(
        refused
            .select("[id=\"starter:niNumber-error\"]")
            .text()
            .contains("is not a National Insurance number"),
        refused.text());
    assertEquals(
        "MILL LANE",
        refused.select("input[name=\"starter:postcode\"]").attr("value"),
        "what was typed is kept");
    fields.put("starter:postcode", "IG11 7QX");
    fields.put("starter:dateOfBirth:month", "4");
    fields.put("starter:niNumber", "GA 61 24 18 D");
    // an account number that cannot be at that sort code (Vocalink's modulus check)
    Document wrongAccount = post(http, refused, fields);
    assertTrue(
        wrongAccount
            .select("#error-summary")
            .text()
            .contains(
                "The account number 33445566 cannot belong to sort code 20-45-77: the bank's own"
                    + " check on the pair fails. Check both against a bank statement"),
        wrongAccount.text());
    fields.put("starter:accountNumber", "33445801");
    Document done = post(http, wrongAccount, fields);
    assertTrue(
        done.select("#onboarded").text().contains("Grace Adeyemi is on the payroll"), done.text());

    // the same employer's PAs: Grace is marked as not being paid (a reason is required), as the
    // FPS's IrrEmp needs
    String employer = link.attr("href").replaceAll(".*account=", "");
    Document pas = get(http, "/agency/payroll-employees.xhtml?account=" + employer);
    var card = pas.select("div[id^=employee-]:contains(Grace Adeyemi)").last();
    assertTrue(card != null, pas.text());
    var notPaid = card.select("form[id$=notPaid]").first();
    String button = "Mark Grace Adeyemi as not being paid";
    Map<String, String> mark = new LinkedHashMap<>();
    mark.put(notPaid.select("input[type=submit]").attr("name"), button);
    Document noReason = submit(http, notPaid, mark);
    assertTrue(
        noReason.select("#errors").text().contains("Say why the PA is not being paid"),
        noReason.text());
    mark.put(notPaid.select("input[id$=notPaidReason]").attr("name"), "Employer in hospital");
    Document marked = submit(http, notPaid, mark);
    var after = marked.select("#" + card.id()).first();
    assertTrue(
        after != null
            && after.text().contains("Not being paid since")
            && after.text().contains("Employer in hospital"),
        marked.text());
  }

  @Test
  @DisplayName(
      "Agency staff set up a client awaiting set-up as an employer on a page; a wrong PAYE reference is refused with a message, another agency is refused")
  void employerSetUpForm() throws Exception {
    HttpClient http = signIn(DemoUsers.PAYROLL.username());
    Document payroll = get(http, "/agency/payroll.xhtml");
    // newclient11@'s DP-BDG-0111: a demo client awaiting set-up that no other IT uses
    long clientId =
        new PayrollApi(DemoUsers.PAYROLL.username())
            .awaitingClient("DP-BDG-0111")
            .get("id")
            .asLong();
    var link = payroll.select("#awaiting a.set-up[href$='account=" + clientId + "']").first();
    assertTrue(
        link != null, "a demo client awaiting set-up: " + payroll.select("#awaiting").html());
    String client = link.parent().text().replaceAll(":.*", "");

    HttpResponse<String> otherAgency =
        signIn(PayrollDemoData.SECOND_AGENCY_STAFF)
            .send(
                HttpRequest.newBuilder(URI.create(BASE + link.attr("href"))).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(
        403, otherAgency.statusCode(), "another agency's staff cannot open this client's set-up");

    Document form = get(http, link.attr("href"));
    assertEquals(
        "Set up an employer: put a client on the payroll", form.select("#employer-heading").text());
    assertTrue(form.select("#client").text().startsWith(client), form.select("#client").text());
    String name = form.select("input[name=\"employer:employerName\"]").attr("value");
    assertTrue(!name.isBlank(), "the employer's name starts as the account's recipient");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("employer:employerName", name);
    fields.put("employer:payeReference", "475-HM98765");
    fields.put("employer:accountsOfficeReference", "475PH00098765");
    fields.put("employer:careAndSupport", "on");
    fields.put("employer:payFrequency", "Monthly");
    fields.put("employer:payDay", "28");
    fields.put("employer:sortCode", "40-47-84");
    fields.put("employer:accountNumber", "70872490");
    fields.put("employer:monthlyBudget", "2,850.00");
    fields.put("employer:feePerPayslip", "12.50");
    fields.put("employer:insurer", "Markel (UK) Ltd");
    fields.put("employer:insurancePolicy", "EL-40112");
    fields.put("employer:insuranceExpires:day", "30");
    fields.put("employer:insuranceExpires:month", "4");
    fields.put("employer:insuranceExpires:year", "2027");
    fields.put("employer:actingForName", "");
    fields.put("employer:save", "Put on the payroll");
    Document refused = submit(http, form.select("form#employer").first(), fields);
    assertTrue(
        refused.select("#error-summary").text().contains("is not an employer PAYE reference"),
        refused.text());
    assertEquals(
        name,
        refused.select("input[name=\"employer:employerName\"]").attr("value"),
        "what was typed is kept");

    fields.put("employer:payeReference", "475/HM98765");
    // the Accounts Office reference's check letter (HMRC's modulus 23) is wrong
    Document wrongCheck = submit(http, refused.select("form#employer").first(), fields);
    assertTrue(
        wrongCheck
            .select("#error-summary")
            .text()
            .contains(
                "The Accounts Office reference 475PH00098765 is not right: its fifth character (the"
                    + " check letter) does not match the rest"),
        wrongCheck.text());
    fields.put("employer:accountsOfficeReference", "475PB00098765");
    Document done = submit(http, wrongCheck.select("form#employer").first(), fields);
    assertTrue(
        done.select("#set-up").text().contains(name + " is on the payroll as an employer"),
        done.text());
    assertTrue(
        done.select("#employers").text().contains(client + ", PAYE 475/HM98765"),
        done.select("#employers").text());
    assertTrue(!done.select("#awaiting").text().contains(client), "no longer awaiting set-up");
  }

  @Test
  @DisplayName(
      "Agency staff correct a recorded HMRC payment on the employer's pay runs page: what was paid must be chosen, a second recording needs a reason, a future date is refused, another agency is refused")
  void recordPaymentForm() throws Exception {
    HttpClient http = signIn(DemoUsers.PAYROLL.username());
    Document payroll = get(http, "/agency/payroll.xhtml");
    // an employer no other IT records payments for; the demo recorded its October PAYE as paid
    var link = payroll.select("#employers tr:contains(DP-BDG-0216) a.runs").first();
    assertTrue(link != null, payroll.select("#employers").html());
    HttpResponse<String> otherAgency =
        signIn(PayrollDemoData.SECOND_AGENCY_STAFF)
            .send(
                HttpRequest.newBuilder(URI.create(BASE + link.attr("href"))).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(
        403,
        otherAgency.statusCode(),
        "another agency's staff cannot open this employer's pay runs");

    Document runs = get(http, link.attr("href"));
    assertEquals(
        "Pay runs and payments to HMRC and the pension scheme",
        runs.select("#runs-heading").text());
    var card = runs.select("div[id^=run-]:has(.hmrc-payment:contains(paid to HMRC on))").first();
    assertTrue(card != null, runs.select("main").text());
    String cardId = card.id();
    var form = card.select("form[id$=payment]").first();
    assertTrue(form != null, card.html());
    String kind = form.select("input[type=radio][value=HMRC]").attr("name");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(form.select("input[id$=paidOn]").attr("name"), "2026-11-21");
    fields.put(form.select("input[id$=reference]").attr("name"), "");
    fields.put(form.select("input[id$=reason]").attr("name"), "");
    fields.put(
        form.select("input[type=submit]").attr("name"),
        form.select("input[type=submit]").attr("value"));

    Document noKind = submit(http, form, fields);
    assertTrue(noKind.select("#errors").text().contains("Choose what was paid"), noKind.text());
    fields.put(kind, "HMRC");
    Document again = submit(http, form, fields);
    assertTrue(
        again.select("#errors").text().contains("already recorded")
            && again
                .select("#errors")
                .text()
                .contains("recorded by " + DemoUsers.PAYROLL.username())
            && again.select("#errors").text().contains("give the reason for the correction"),
        again.text());
    fields.put(
        form.select("input[id$=reason]").attr("name"), "Bank statement shows it left on the 21st");
    fields.put(
        form.select("input[id$=paidOn]").attr("name"), LocalDate.now(UK).plusDays(3).toString());
    Document future = submit(http, form, fields);
    assertTrue(future.select("#errors").text().contains("is in the future"), future.text());

    fields.put(form.select("input[id$=paidOn]").attr("name"), "2026-11-21");
    Document done = submit(http, form, fields);
    assertTrue(
        done.select("#recorded").text().contains("paid to HMRC on 21 November 2026: recorded."),
        done.text());
    assertTrue(
        done.select("#" + cardId + " .hmrc-payment")
            .text()
            .contains("paid to HMRC on 21 November 2026"),
        done.select("#" + cardId).text());
  }

  private static Document page(String username, String path) throws Exception {
    return get(signIn(username), path);
  }

  private static Document get(HttpClient http, String path) throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode(), page.body());
    return Jsoup.parse(page.body());
  }

  /** Submits the page's form#starter with its hidden fields (view state) and the given values. */
  private static Document post(HttpClient http, Document page, Map<String, String> values)
      throws Exception {
    var form = page.select("form#starter").first();
    assertTrue(form != null, page.text());
    return submit(http, form, values);
  }

  private static Document submit(
      HttpClient http, org.jsoup.nodes.Element form, Map<String, String> values) throws Exception {
    Map<String, String> all = new LinkedHashMap<>();
    form.select("input[type=hidden]").forEach(i -> all.put(i.attr("name"), i.attr("value")));
    all.putAll(values);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE + form.attr("action")))
                .header("Origin", BASE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(all)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return Jsoup.parse(r.body());
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpClient signIn(String username) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    Document signIn =
        Jsoup.parse(
            http.send(
                    HttpRequest.newBuilder(URI.create(BASE + "/signin.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    Map<String, String> form = new LinkedHashMap<>();
    signIn
        .select("form#signin input[type=hidden]")
        .forEach(i -> form.put(i.attr("name"), i.attr("value")));
    form.put("username", username);
    form.put("password", DemoUsers.PASSWORD);
    form.put("submit", "Sign in");
    http.send(
        HttpRequest.newBuilder(URI.create(BASE + "/signin.xhtml"))
            .header("Origin", BASE)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    return http;
  }
}
