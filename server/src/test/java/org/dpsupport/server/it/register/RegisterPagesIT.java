package org.dpsupport.server.it.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register's pages work without JavaScript, on the demo data: a PA joins, the holder sees
 * ranked matches, staff see the queue.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterPagesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RegisterApi.realWar();
  }

  @Test
  @DisplayName(
      "A PA joins through the form, ticking slots in the availability grid, and sees their profile waiting for checks")
  void paJoinsByPage() throws Exception {
    String email = "page-" + RegisterApi.uniqueLanguage("x") + "@example.org";
    PageSession anonymous = new PageSession();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("fullName", "Grace Page");
    form.put("email", email);
    form.put("telephone", "07700 900555");
    form.put("areas", "RM6 RM7");
    form.put("hasCar", "no");
    form.put("rate", "13.25");
    form.put("about", "I like gardening.");
    form.put("password", RegisterApi.PASSWORD);
    HttpResponse<String> joined =
        anonymous.submitWithSlots(
            "/join/pa.xhtml", "join", "joinButton", form, "MONDAY:EVENING", "TUESDAY:EVENING");
    assertEquals(200, joined.statusCode());
    assertTrue(
        Jsoup.parse(joined.body()).select("#done-message").text().startsWith("Thank you."),
        joined.body());

    Document profile =
        Jsoup.parse(
            PageSession.signIn(email, RegisterApi.PASSWORD).get("/pa/register-profile.xhtml"));
    assertEquals("waiting for register staff to check", profile.select("#status").text());
    assertTrue(profile.select("#slot-monday-evening").hasAttr("checked"));
    assertFalse(profile.select("#slot-monday-morning").hasAttr("checked"));
    assertTrue(
        profile.select("#to-renew").text().contains("DBS"), profile.select("#to-renew").text());
  }

  @Test
  @DisplayName(
      "Register staff register a PA from the vetting queue's form; a wrong rate is refused with a message, and the PA joins the queue")
  void staffRegisterAPaByPage() throws Exception {
    PageSession staff = PageSession.signIn(DemoUsers.ADMIN.username(), RegisterApi.PASSWORD);
    Document queue = Jsoup.parse(staff.get("/admin/register-vetting.xhtml"));
    String formPath = "/admin/register-new-pa.xhtml";
    assertTrue(
        queue.select("a#register-new-pa").attr("href").endsWith(formPath),
        queue.select("#register-new-pa").outerHtml());

    String name = "Olu Staff-" + RegisterApi.uniqueLanguage("s");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("fullName", name);
    form.put("email", "staff-" + RegisterApi.uniqueLanguage("e") + "@example.org");
    form.put("telephone", "07700 900777");
    form.put("areas", "RM8");
    form.put("hasCar", "yes");
    form.put("skill", "DEMENTIA");
    form.put("rate", "thirteen pounds");
    form.put("about", "Registered at the council office.");
    Document refused =
        Jsoup.parse(
            staff
                .submitWithSlots(
                    formPath, "registerPa", "registerButton", form, "WEDNESDAY:MORNING")
                .body());
    assertTrue(
        refused.select("#error-message").text().contains("hourly rate in pounds"), refused.text());

    form.put("rate", "14.00");
    HttpResponse<String> done =
        staff.submitWithSlots(formPath, "registerPa", "registerButton", form, "WEDNESDAY:MORNING");
    assertEquals(200, done.statusCode());
    Document page = Jsoup.parse(done.body());
    assertTrue(page.select("#done-message").text().contains("waiting for checks"), page.text());
    String paRef = page.select("#done-message").text().replaceAll(".* as (PA-\\d+),.*", "$1");
    assertTrue(
        page.select("a#record-checks").attr("href").endsWith("pa=" + paRef),
        page.select("a#record-checks").outerHtml());

    Document after = Jsoup.parse(staff.get("/admin/register-vetting.xhtml"));
    assertTrue(
        after.select("#queue").text().contains(name + " (" + paRef + ")"),
        "the new PA waits in the queue");
    Document record = Jsoup.parse(staff.get("/admin/register-pa.xhtml?pa=" + paRef));
    assertTrue(record.text().contains(name), record.text());
  }

  @Test
  @DisplayName(
      "The demo holder's need lists ranked matches with explanations; the demo PA's profile is approved")
  void demoPages() throws Exception {
    Document need =
        Jsoup.parse(
            PageSession.signIn(DemoUsers.HOLDER.username(), RegisterApi.PASSWORD)
                .get("/holder/register-need.xhtml?need=NEED-900001"));
    assertFalse(need.select("#match-list li").isEmpty(), need.text());
    assertTrue(need.select("#match-list li").first().text().contains("works in your area (RM10);"));

    Document pa =
        Jsoup.parse(
            PageSession.signIn(DemoUsers.PA.username(), RegisterApi.PASSWORD)
                .get("/pa/register-profile.xhtml"));
    assertEquals("approved", pa.select("#status").text());
    assertEquals("Yes", pa.select("#searchable").text());

    Document queue =
        Jsoup.parse(
            PageSession.signIn(DemoUsers.ADMIN.username(), RegisterApi.PASSWORD)
                .get("/admin/register-vetting.xhtml"));
    assertFalse(
        queue.select("#queue tbody tr").isEmpty(), "demo PAs waiting for checks or suspended");

    String openapi = new PageSession().get("/openapi");
    assertTrue(
        openapi.contains("/api/v1/register/needs/{needRef}/matches"),
        "the register API is documented");

    PageSession otherHolder = PageSession.signIn(RegisterApi.OTHER_HOLDER, RegisterApi.PASSWORD);
    assertTrue(
        otherHolder
            .get("/holder/register-need.xhtml?need=NEED-900001")
            .contains("You cannot see this page"));
  }
}
