package org.dpsupport.server.it.register;

import static org.dpsupport.server.it.register.RegisterApi.HOLDER;
import static org.dpsupport.server.it.register.RegisterApi.OTHER_HOLDER;
import static org.dpsupport.server.it.register.RegisterApi.PASSWORD;
import static org.dpsupport.server.it.register.RegisterApi.STAFF;
import static org.dpsupport.server.it.register.RegisterApi.as;
import static org.dpsupport.server.it.register.RegisterApi.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.it.register.RegisterApi.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register end to end through its REST API: join, vetting, need, match, consent, contact, hire.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterJourneyIT {

  private static final List<String> WEEKDAY_MORNINGS =
      List.of(
          "MONDAY:MORNING",
          "TUESDAY:MORNING",
          "WEDNESDAY:MORNING",
          "THURSDAY:MORNING",
          "FRIDAY:MORNING");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RegisterApi.realWar();
  }

  private static List<String> paRefs(JsonNode matches) {
    List<String> refs = new ArrayList<>();
    matches.forEach(m -> refs.add(m.get("paRef").asText()));
    return refs;
  }

  @Test
  @DisplayName(
      "Need matched, PA interested, holder agrees, contact exchanged and logged, hire creates the employee")
  void matchToHire() throws Exception {
    String language = RegisterApi.uniqueLanguage("Cornish");
    String email = "carer-" + language.toLowerCase() + "@example.org";
    String paRef = RegisterApi.join(email, language, "RM8", WEEKDAY_MORNINGS.subList(0, 4));
    assertEquals("APPROVED", RegisterApi.vetAndApprove(paRef).get("status").asText());

    String needRef = RegisterApi.describeNeed(language, "RM8", WEEKDAY_MORNINGS);
    JsonNode matches = as(HOLDER, "GET", "/register/needs/" + needRef + "/matches", null).body();
    assertEquals(List.of(paRef), paRefs(matches));
    JsonNode match = matches.get(0);
    int sum = 0;
    for (JsonNode line : match.get("lines")) {
      sum += line.get("points").asInt();
    }
    assertEquals(match.get("score").asInt(), sum, "the explanation adds up to the score");
    assertTrue(
        match.get("explanation").asText().startsWith("available 4 of your 5 slots (+48)"),
        match.toString());
    assertTrue(
        match.get("explanation").asText().contains("has dementia experience (+10)"),
        match.toString());
    assertFalse(match.toString().contains(email), "no contact details in a match");

    // the PA sees the need and says they are interested
    JsonNode forMe = call("GET", "/register/needs-for-me", email, PASSWORD, null).body();
    assertTrue(forMe.toString().contains(needRef), forMe.toString());
    Reply interest =
        call("POST", "/register/needs/" + needRef + "/interest", email, PASSWORD, null);
    assertEquals(200, interest.status(), interest.raw());
    long intro = interest.body().get("id").asLong();
    assertEquals("PA_INTERESTED", interest.body().get("state").asText());

    // before the holder agrees, neither side sees the other's details
    Reply early = as(HOLDER, "GET", "/register/introductions/" + intro + "/pa-contact", null);
    assertEquals(403, early.status());
    assertTrue(early.error().contains("only when both sides have agreed"), early.error());
    assertEquals(
        403,
        call("GET", "/register/introductions/" + intro + "/holder-contact", email, PASSWORD, null)
            .status());

    Reply agreed = as(HOLDER, "POST", "/register/introductions/" + intro + "/agree", null);
    assertEquals("BOTH_AGREED", agreed.body().get("state").asText(), agreed.raw());

    JsonNode paContact =
        as(HOLDER, "GET", "/register/introductions/" + intro + "/pa-contact", null).body();
    assertEquals("Test Carer " + language, paContact.get("fullName").asText());
    assertEquals(email, paContact.get("email").asText());
    JsonNode holderContact =
        call("GET", "/register/introductions/" + intro + "/holder-contact", email, PASSWORD, null)
            .body();
    assertEquals("Margaret Okafor", holderContact.get("fullName").asText());
    assertEquals(
        "2",
        as(HOLDER, "GET", "/register/introductions/" + intro + "/contact-views", null).raw(),
        "both views are logged");

    // hire for four mornings: the employment is created and the PA comes off the need
    LocalDate start = LocalDate.now().plusWeeks(2);
    Reply hired =
        as(
            HOLDER,
            "POST",
            "/register/introductions/" + intro + "/hire",
            Map.of(
                "startDate",
                start.toString(),
                "agreedRate",
                "13.75",
                "slots",
                WEEKDAY_MORNINGS.subList(0, 4)));
    assertEquals(200, hired.status(), hired.raw());
    assertTrue(hired.body().get("employmentId").asLong() > 0);
    assertEquals(start.toString(), hired.body().get("startDate").asText());
    assertEquals("Test Carer " + language, hired.body().get("paName").asText());
    assertTrue(
        hired
            .body()
            .get("starterChecklistStillToComplete")
            .toString()
            .contains("National Insurance number"));

    // payroll: the holder's agency now has a new starter whose checklist is still to complete
    long employment = hired.body().get("employmentId").asLong();
    Reply starters = as(DemoUsers.PAYROLL.username(), "GET", "/payroll/starters", null);
    assertEquals(200, starters.status(), starters.raw());
    assertTrue(
        starters.body().findValues("employmentId").stream()
            .anyMatch(id -> id.asLong() == employment),
        "the hire is on the agency's starters list: " + starters.raw());

    JsonNode need = as(HOLDER, "GET", "/register/needs/" + needRef, null).body();
    assertEquals(
        List.of("FRIDAY:MORNING"),
        List.of(need.get("hours").get(0).asText()),
        "only Friday is still wanted");
    assertEquals(paRef, need.get("hiredPas").get(0).asText());
    assertTrue(
        paRefs(as(HOLDER, "GET", "/register/needs/" + needRef + "/matches", null).body()).isEmpty(),
        "the hired PA is off the need");
    JsonNode mine = call("GET", "/register/introductions", email, PASSWORD, null).body();
    assertEquals("HIRED", mine.get(0).get("state").asText());

    // the employee record: the PA's start page lists the new employment
    String page = PageSession.signIn(email, PASSWORD).get("/pa/index.xhtml");
    assertTrue(page.contains("Personal assistant since"), page);

    // the PA deletes their profile: gone from the register, but the employment and the hire's
    // record stay
    Reply deleted = call("DELETE", "/register/profile", email, PASSWORD, null);
    assertEquals(200, deleted.status(), deleted.raw());
    assertTrue(
        deleted.body().get("kept").toString().contains("the introduction that led to the job"),
        deleted.raw());
    assertTrue(
        deleted.body().get("employmentRecordNote").asText().contains("payroll"), deleted.raw());
    assertEquals(404, call("GET", "/register/profile", email, PASSWORD, null).status());
    assertEquals(404, as(STAFF, "GET", "/register/pas/" + paRef, null).status());
    assertTrue(
        PageSession.signIn(email, PASSWORD)
            .get("/pa/index.xhtml")
            .contains("Personal assistant since"));
  }

  @Test
  @DisplayName(
      "An unapproved, expired, hidden or staff-suspended PA never appears in matches; an approved visible one does")
  void neverShown() throws Exception {
    String language = RegisterApi.uniqueLanguage("Manx");
    List<String> slots = WEEKDAY_MORNINGS;
    String approved =
        RegisterApi.join("ok-" + language.toLowerCase() + "@example.org", language, "RM9", slots);
    RegisterApi.vetAndApprove(approved);
    String unapproved =
        RegisterApi.join("new-" + language.toLowerCase() + "@example.org", language, "RM9", slots);
    String hiddenEmail = "hidden-" + language.toLowerCase() + "@example.org";
    String hidden = RegisterApi.join(hiddenEmail, language, "RM9", slots);
    RegisterApi.vetAndApprove(hidden);
    String expired =
        RegisterApi.join("old-" + language.toLowerCase() + "@example.org", language, "RM9", slots);
    RegisterApi.vetAndApprove(expired);

    String concern =
        RegisterApi.join(
            "concern-" + language.toLowerCase() + "@example.org", language, "RM9", slots);
    RegisterApi.vetAndApprove(concern);

    String needRef = RegisterApi.describeNeed(language, "RM9", slots);
    List<String> before =
        paRefs(as(HOLDER, "GET", "/register/needs/" + needRef + "/matches", null).body());
    assertTrue(before.containsAll(List.of(approved, hidden, expired, concern)), before.toString());
    assertFalse(before.contains(unapproved), "waiting for checks: not shown");

    assertEquals(
        "HIDDEN",
        call("POST", "/register/profile/hide", hiddenEmail, PASSWORD, null)
            .body()
            .get("visibility")
            .asText());
    // the safeguarding course on record ran out yesterday (3-yearly refresh)
    LocalDate lapsed = LocalDate.now().minusYears(3).minusDays(1);
    Reply renewed =
        as(
            STAFF,
            "PUT",
            "/register/pas/" + expired + "/vetting",
            Map.of(
                "training",
                List.of(
                    Map.of("course", "Safeguarding adults", "completedOn", lapsed.toString()))));
    assertEquals(200, renewed.status(), renewed.raw());
    assertFalse(renewed.body().get("searchable").asBoolean());

    Reply suspended =
        as(
            STAFF,
            "POST",
            "/register/pas/" + concern + "/suspend",
            Map.of("reason", "A concern raised by a family is being looked into."));
    assertEquals("SUSPENDED_BY_STAFF", suspended.body().get("status").asText(), suspended.raw());

    List<String> after =
        paRefs(as(HOLDER, "GET", "/register/needs/" + needRef + "/matches", null).body());
    assertEquals(List.of(approved), after);

    // the sweep suspends the expired PA and tells them what to renew; running it again changes
    // nothing
    JsonNode sweep = as(STAFF, "POST", "/register/vetting-sweep", null).body();
    assertTrue(sweep.get("suspended").asInt() >= 1, sweep.toString());
    JsonNode profile = as(STAFF, "GET", "/register/pas/" + expired, null).body();
    assertEquals("SUSPENDED", profile.get("status").asText());
    assertTrue(
        profile.get("lastDecision").asText().contains("Safeguarding adults"), profile.toString());
    JsonNode again = as(STAFF, "POST", "/register/vetting-sweep", null).body();
    assertEquals(0, again.get("suspended").asInt(), again.toString());
    assertEquals(
        List.of(approved),
        paRefs(as(HOLDER, "GET", "/register/needs/" + needRef + "/matches", null).body()),
        "the sweep does not lift a staff suspension");

    assertEquals(
        "APPROVED",
        as(STAFF, "POST", "/register/pas/" + concern + "/reinstate", null)
            .body()
            .get("status")
            .asText());
    List<String> reinstated =
        paRefs(as(HOLDER, "GET", "/register/needs/" + needRef + "/matches", null).body());
    assertEquals(2, reinstated.size(), reinstated.toString());
    assertTrue(reinstated.containsAll(List.of(approved, concern)), reinstated.toString());
  }

  @Test
  @DisplayName(
      "A holder cannot see another holder's need; a PA cannot see another PA's contact details or profile")
  void refusals() throws Exception {
    String language = RegisterApi.uniqueLanguage("Sami");
    String email = "pa-" + language.toLowerCase() + "@example.org";
    String paRef = RegisterApi.join(email, language, "RM10", WEEKDAY_MORNINGS);
    RegisterApi.vetAndApprove(paRef);
    String needRef = RegisterApi.describeNeed(language, "RM10", WEEKDAY_MORNINGS);

    Reply othersNeed = as(OTHER_HOLDER, "GET", "/register/needs/" + needRef + "/matches", null);
    assertEquals(403, othersNeed.status());
    assertTrue(
        othersNeed.error().startsWith("Only the budget holder or their nominee"),
        othersNeed.error());
    assertEquals(
        403,
        as(
                OTHER_HOLDER,
                "POST",
                "/register/accounts/" + RegisterApi.accountId(HOLDER, "DP-BDG-0001") + "/needs",
                Map.of("area", "RM10", "hours", WEEKDAY_MORNINGS))
            .status());

    long intro =
        call("POST", "/register/needs/" + needRef + "/interest", email, PASSWORD, null)
            .body()
            .get("id")
            .asLong();
    as(HOLDER, "POST", "/register/introductions/" + intro + "/agree", null);
    String otherPa = DemoUsers.PA.username();
    Reply otherPaContact =
        as(otherPa, "GET", "/register/introductions/" + intro + "/pa-contact", null);
    assertEquals(403, otherPaContact.status());
    assertTrue(
        otherPaContact.error().startsWith("This introduction is between other people"),
        otherPaContact.error());
    assertEquals(403, as(otherPa, "GET", "/register/pas/" + paRef, null).status());
    assertEquals(
        403,
        as(OTHER_HOLDER, "GET", "/register/introductions/" + intro + "/pa-contact", null).status());
    assertEquals(
        403,
        as(HOLDER, "GET", "/register/pas/" + paRef, null).status(),
        "a holder sees a PA's details only through the introduction");
    assertEquals(
        "0",
        as(HOLDER, "GET", "/register/introductions/" + intro + "/contact-views", null).raw(),
        "refused attempts show nothing, so nothing was viewed");
  }
}
