package org.dpsupport.server.it.register;

import static org.dpsupport.server.it.register.RegisterApi.PASSWORD;
import static org.dpsupport.server.it.register.RegisterApi.as;
import static org.dpsupport.server.it.register.RegisterApi.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.it.browser.Browser;
import org.dpsupport.server.it.register.RegisterApi.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Finding, inviting and hiring a PA through the pages, in the shared headless Chromium without
 * JavaScript: the budget holder describes a need and sees their matches, invites a PA by the button
 * with the PA's name; the PA (signed in the same browser after the holder signs out) sees the
 * invitation and agrees; both see each other's contact details; the holder hires. Then what was
 * STORED is read back through REST: the introduction, the hire on the need, the new employment on
 * the agency's starters list, and the two logged contact views.
 *
 * <p>Uses newclient7@ (DP-BDG-0107, a demo client of Eastbrook awaiting set-up that no other IT
 * uses) and a PA who joins in this run. The need is in RM14, where no demo PA works, and prefers a
 * language unique to the run, so this run's PA is the best match whatever earlier runs left.
 */
@ExtendWith(ArquillianExtension.class)
class HolderHiresPaJourneyIT {

  private static final String HOLDER = "newclient7@demo.dpsupport.org";
  private static final String AREA = "RM14";

  /** Words a person should never read (as in HolderAndPaPagesIT), and internal need ids. */
  private static final Pattern SYSTEM_WORDS =
      Pattern.compile(
          "\\b(OPEN|HIRED|FILLED|HOLDER_INTERESTED|PA_INTERESTED|BOTH_AGREED|[A-Z]+_[A-Z_]+)\\b"
              + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|Exception|\\bnull\\b|[A-Z]+:[A-Z]+|NEED-\\d+|PA-\\d+");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RegisterApi.realWar();
  }

  private static WebDriver d() {
    return Browser.driver();
  }

  private static String main() {
    return d().findElement(By.tagName("main")).getText();
  }

  /** No axe violations, no scrolling at 320 px, plain words; screenshots at 320 px and desktop. */
  private static void assertClean(String name) {
    assertEquals(List.of(), Browser.accessibilityViolations(), name + ": axe-core violations");
    assertEquals(0, Browser.horizontalOverflowAt(320), name + ": horizontal scrolling at 320 px");
    List<String> words = new ArrayList<>();
    var m = SYSTEM_WORDS.matcher(main());
    while (m.find()) {
      words.add(m.group());
    }
    assertEquals(List.of(), words, name + ": system words on the page");
    Browser.screenshot(name, 320);
    Browser.screenshot(name, 1280);
  }

  /** A PA who joins in this run, with a first name of the run's own, vetted and approved. */
  private static String joinAndApprove(String email, String fullName, String language)
      throws Exception {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("email", email);
    profile.put("password", PASSWORD);
    profile.put("fullName", fullName);
    profile.put("telephone", "07700 900456");
    profile.put("areas", List.of(AREA));
    profile.put("hasCar", true);
    profile.put("availability", List.of("MONDAY:MORNING", "TUESDAY:MORNING", "THURSDAY:MORNING"));
    profile.put("skills", List.of("personal care", "dementia"));
    profile.put("languages", List.of(language));
    profile.put("gender", "FEMALE");
    profile.put("rateSought", "13.40");
    profile.put("about", "Ten years with older people at home in Upminster.");
    Reply joined = call("POST", "/register/join", null, null, profile);
    assertEquals(202, joined.status(), joined.raw());
    String paRef =
        call("GET", "/register/profile", email, PASSWORD, null).body().get("paRef").asText();
    assertEquals("APPROVED", RegisterApi.vetAndApprove(paRef).get("status").asText());
    return paRef;
  }

  @Test
  @DisplayName(
      "A holder finds matches for a need, invites a PA by name, the PA agrees, both see contact"
          + " details, the holder hires; the introduction, the hire and the new starter are stored")
  void findInviteAndHire() throws Exception {
    String language = RegisterApi.uniqueLanguage("Kernewek");
    String first = "Morwenna" + language.substring(language.length() - 4);
    String fullName = first + " Trelawny";
    String shown = first + " T."; // budget holders see the first name and an initial
    String email = "hire-" + language.toLowerCase(Locale.UK) + "@example.org";
    String paRef = joinAndApprove(email, fullName, language);

    // 1. the holder describes the need on the page and lands on its matches
    Browser.signIn(HOLDER, PASSWORD);
    Browser.open("/holder/register-needs.xhtml");
    Browser.waitFor(By.id("find-heading"));
    assertClean("hire-find-a-pa");
    Browser.type("area", AREA);
    for (String slot : List.of("slot-monday-morning", "slot-tuesday-morning")) {
      d().findElement(By.id(slot)).click();
    }
    d().findElement(By.id("required-PERSONAL_CARE")).click();
    d().findElement(By.id("preferred-DEMENTIA")).click();
    Browser.type("languages", language);
    Browser.type("maximumRate", "14.00");
    d().findElement(By.id("describe")).click();
    Browser.waitFor(By.id("need-heading"));
    String needRef = d().getCurrentUrl().replaceAll("^.*need=([A-Z0-9-]+).*$", "$1");
    assertTrue(needRef.startsWith("NEED-"), d().getCurrentUrl());

    // 2. the matches: this run's PA first, with the reasons in words and a button with her name
    List<WebElement> matches = d().findElements(By.cssSelector("#match-list li"));
    assertFalse(matches.isEmpty(), main());
    String top = matches.get(0).getText();
    // 2 of 2 slots 60 + dementia 10 + the language 10 + £13.40 within £14.00 10
    assertTrue(top.startsWith(shown + ", match score 90"), top);
    assertTrue(top.contains("available for all 2 of your slots"), top);
    assertTrue(top.contains("speaks " + language), top);
    assertTrue(top.contains("asks £13.40 an hour, within your £14.00 an hour"), top);
    assertClean("hire-matches");
    WebElement invite = matches.get(0).findElement(By.cssSelector("input[type=submit], button"));
    assertEquals("Invite " + shown, invite.getAttribute("value"));
    invite.click();
    assertEquals(
        "We have asked the PA. If they agree, you will both see each other's contact details.",
        Browser.waitFor(By.id("done-message")).getText());
    assertTrue(
        d().findElement(By.id("introductions")).getText().contains(shown),
        d().findElement(By.id("introductions")).getText());
    assertClean("hire-invited");
    JsonNode invited =
        as(HOLDER, "GET", "/register/needs/" + needRef + "/introductions", null).body();
    assertEquals(1, invited.size(), invited.toString());
    assertEquals(paRef, invited.get(0).get("paRef").asText());
    assertEquals("HOLDER_INTERESTED", invited.get(0).get("state").asText());
    long intro = invited.get(0).get("id").asLong();

    // 3. the PA signs in on the same browser, sees the invitation and agrees
    Browser.signOut();
    Browser.signIn(email, PASSWORD);
    Browser.open("/pa/register-needs.xhtml");
    Browser.waitFor(By.id("needs-heading"));
    String row = d().findElement(By.id("introductions-table")).getText();
    assertTrue(row.contains("A need in " + AREA), row);
    assertTrue(row.contains("The budget holder invited you"), row);
    assertClean("hire-pa-invited");
    d().findElement(By.cssSelector("#introductions-table input[value='Agree']")).click();
    Browser.waitFor(By.id("done-message"));
    assertTrue(
        d().findElements(By.id("need-" + needRef)).isEmpty(),
        "the need is listed once, as her introduction, not again as a need to answer: " + main());
    d().findElement(By.cssSelector("#introductions-table input[value='Show contact details']"))
        .click();
    String holderContact = Browser.waitFor(By.id("holder-contact")).getText();
    assertTrue(holderContact.contains("New client 7"), holderContact);
    assertTrue(holderContact.contains(HOLDER), holderContact);
    assertClean("hire-pa-agreed");
    assertEquals(
        "BOTH_AGREED",
        call("GET", "/register/introductions", email, PASSWORD, null)
            .body()
            .get(0)
            .get("state")
            .asText());

    // 4. the holder sees the PA's contact details, then hires her for both mornings
    Browser.signOut();
    Browser.signIn(HOLDER, PASSWORD);
    Browser.open("/holder/register-need.xhtml?need=" + needRef);
    Browser.waitFor(By.id("need-heading"));
    d().findElement(
            By.cssSelector("#introduction-" + intro + " input[value='Show contact details']"))
        .click();
    String paContact = Browser.waitFor(By.id("pa-contact")).getText();
    assertTrue(paContact.contains(fullName), paContact);
    assertTrue(paContact.contains(email), paContact);
    assertTrue(paContact.contains("07700 900456"), paContact);
    assertClean("hire-holder-contact");

    // mistakes first: no start date and a rate in words; every error at once, values kept
    Browser.type("start-year-" + intro, "2027");
    Browser.type("rate-" + intro, "about 13");
    d().findElement(By.cssSelector("input[value='Hire " + shown + "']")).click();
    Browser.waitFor(By.id("error-summary"));
    assertTrue(d().getTitle().startsWith("Error: "), d().getTitle());
    List<String> links =
        d().findElements(By.cssSelector("#error-summary a")).stream()
            .map(a -> a.getAttribute("href").replaceAll("^.*#", "#"))
            .toList();
    assertEquals(List.of("#start-day-" + intro, "#rate-" + intro), links);
    assertTrue(
        d().findElement(By.id("start-day-" + intro + "-error"))
            .getText()
            .contains("first day of work must include a day"),
        d().findElement(By.id("start-day-" + intro + "-error")).getText());
    assertTrue(
        d().findElement(By.id("rate-" + intro + "-error")).getText().contains("pounds and pence"));
    assertEquals("about 13", d().findElement(By.id("rate-" + intro)).getAttribute("value"));
    assertEquals("2027", d().findElement(By.id("start-year-" + intro)).getAttribute("value"));
    assertEquals(
        "HOLDER_INTERESTED",
        as(HOLDER, "GET", "/register/needs/" + needRef + "/introductions", null)
            .body()
            .get(0)
            .get("steps")
            .get(0)
            .get("state")
            .asText());
    assertEquals(
        "BOTH_AGREED",
        as(HOLDER, "GET", "/register/needs/" + needRef + "/introductions", null)
            .body()
            .get(0)
            .get("state")
            .asText(),
        "nothing stored by the form with mistakes");
    assertClean("hire-holder-mistakes");

    LocalDate start = LocalDate.now().plusWeeks(3);
    Browser.type("start-day-" + intro, String.valueOf(start.getDayOfMonth()));
    Browser.type("start-month-" + intro, String.valueOf(start.getMonthValue()));
    Browser.type("start-year-" + intro, String.valueOf(start.getYear()));
    Browser.type("rate-" + intro, "13.40");
    d().findElement(By.cssSelector("input[value='Hire " + shown + "']")).click();
    String hired = Browser.waitFor(By.id("done-message")).getText();
    String startInWords = start.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    assertEquals(
        fullName
            + " starts on "
            + startInWords
            + ". Payroll has them as a new starter: the starter checklist, National Insurance"
            + " number and bank details are still to collect.",
        hired);
    assertTrue(
        d().findElement(By.id("introduction-" + intro)).getText().startsWith(fullName),
        "the hired PA is named on the page: "
            + d().findElement(By.id("introduction-" + intro)).getText());
    assertTrue(main().contains("For support in " + AREA + ". Filled"), main());
    assertClean("hire-hired");

    // 5. what was stored
    JsonNode stored =
        as(HOLDER, "GET", "/register/needs/" + needRef + "/introductions", null).body();
    assertEquals("HIRED", stored.get(0).get("state").asText(), stored.toString());
    List<String> steps = new ArrayList<>();
    stored.get(0).get("steps").forEach(s -> steps.add(s.get("state").asText()));
    assertEquals(List.of("HOLDER_INTERESTED", "BOTH_AGREED", "HIRED"), steps);
    JsonNode need = as(HOLDER, "GET", "/register/needs/" + needRef, null).body();
    assertEquals(List.of(paRef), List.of(need.get("hiredPas").get(0).asText()), need.toString());
    assertEquals("FILLED", need.get("status").asText(), "both mornings were taken: " + need);
    assertEquals(
        "2",
        as(HOLDER, "GET", "/register/introductions/" + intro + "/contact-views", null).raw(),
        "both sides' views of the other's details are logged");
    Reply starters = as(DemoUsers.PAYROLL.username(), "GET", "/payroll/starters", null);
    assertEquals(200, starters.status(), starters.raw());
    JsonNode starter = null;
    for (JsonNode s : starters.body()) {
      if (s.get("paName").asText().equals(fullName)) {
        starter = s;
      }
    }
    assertTrue(starter != null, "the hire is on the agency's starters list: " + starters.raw());
    assertEquals(start.toString(), starter.get("startDate").asText());
    assertEquals(RegisterApi.accountId(HOLDER, "DP-BDG-0107"), starter.get("accountId").asLong());

    // 6. she now works for the holder: not a new match for another need of theirs
    Map<String, Object> another =
        Map.of(
            "area",
            AREA,
            "hours",
            List.of("THURSDAY:MORNING"),
            "preferredLanguages",
            List.of(language));
    Reply described =
        as(
            HOLDER,
            "POST",
            "/register/accounts/" + RegisterApi.accountId(HOLDER, "DP-BDG-0107") + "/needs",
            another);
    assertEquals(200, described.status(), described.raw());
    String secondNeed = described.body().get("needRef").asText();
    JsonNode second = as(HOLDER, "GET", "/register/needs/" + secondNeed + "/matches", null).body();
    for (JsonNode m : second) {
      assertFalse(m.get("paRef").asText().equals(paRef), "already works for you: " + second);
    }
    Reply again =
        as(
            HOLDER,
            "POST",
            "/register/needs/" + secondNeed + "/invitations",
            Map.of("paRef", paRef));
    assertEquals(400, again.status(), again.raw());
    assertEquals(
        shown
            + " already works for you, so they are not offered as a new match. Ask them directly"
            + " if you would like them to work more hours.",
        again.error());
    Browser.open("/holder/register-need.xhtml?need=" + secondNeed);
    String why = Browser.waitFor(By.id("already-working")).getText();
    assertTrue(why.contains(fullName), why); // with PAs hired by earlier runs on this database
    assertTrue(
        why.endsWith(
            " for you, so they are not listed here. To change their hours, talk to them and your"
                + " payroll agency."),
        why);
    assertClean("hire-second-need");
    Browser.signOut();
  }

  @Test
  @DisplayName(
      "The demo holder's need no longer offers the PA she already employs (Priya Shah), and the"
          + " page says why she is not listed")
  void demoHolderIsNotOfferedHerOwnPa() throws Exception {
    String holder = DemoUsers.HOLDER.username();
    JsonNode matches = as(holder, "GET", "/register/needs/NEED-900001/matches", null).body();
    assertTrue(matches.size() > 0, "the demo need still has matches");
    for (JsonNode m : matches) {
      assertFalse(
          m.get("paRef").asText().equals("PA-900001"),
          "Priya Shah works for Margaret Okafor: " + matches);
    }
    Browser.signIn(DemoUsers.HOLDER);
    Browser.open("/holder/register-need.xhtml?need=NEED-900001");
    String why = Browser.waitFor(By.id("already-working")).getText();
    assertTrue(why.startsWith("Priya Shah"), why); // names in order; other ITs may hire too
    assertTrue(why.contains(" already work"), why);
    assertFalse(
        d().findElement(By.id("match-list")).getText().contains("Priya S."),
        d().findElement(By.id("match-list")).getText());
    assertClean("demo-holder-need");
    Browser.signOut();
  }
}
