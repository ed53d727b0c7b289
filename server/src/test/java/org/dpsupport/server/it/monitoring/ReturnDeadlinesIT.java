package org.dpsupport.server.it.monitoring;

import static org.dpsupport.server.it.monitoring.MonitoredAccounts.UK;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.awaitReturn;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.enrol;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.find;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.flagKinds;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.ownAccount;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.MonitoringDemoData;
import org.dpsupport.server.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily deadlines job, run through Quartz by the administrator's "run it now" action (the same
 * job and trigger group as the 07:00 run): council BDG wants returns 28 days after the period ends
 * and reminds 7 days before that. GreenMail is the real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnDeadlinesIT {

  /** Dates in messages are in words: "28 December 2026". */
  private static final java.time.format.DateTimeFormatter GOVUK_DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  private static GreenMail smtp;

  private final MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());
  private final MonitoringApi admin = new MonitoringApi(DemoUsers.ADMIN.username());
  private final String holder = MonitoringDemoData.RETURNS_HOLDER.username();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @BeforeAll
  static void startSmtp() {
    smtp =
        new GreenMail(
            new ServerSetup(Integer.getInteger("dps.it.smtpPort", 3061), "localhost", "smtp"));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  private List<MimeMessage> reminders(String reference) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> GreenMailUtil.getBody(m).contains(reference))
        .filter(m -> subject(m).startsWith("Reminder:"))
        .toList();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName(
      "Two runs of the deadlines job: one reminder in the week before the due date, and a return past it flagged overdue once")
  void remindsOnceAndFlagsOverdue() throws Exception {
    LocalDate today = LocalDate.now(UK);
    // quarterly (new accounts): one period ended 24 days ago, due in 3 days; the other ended 40
    // days ago
    LocalDate remindStart = today.minusDays(24).minusMonths(3);
    LocalDate lateStart = today.minusDays(40).minusMonths(3);
    String remindRef = reference("REMIND");
    String lateRef = reference("LATE");
    long remindAccount = enrol(officer, ownAccount(remindRef, holder, remindStart));
    long lateAccount = enrol(officer, ownAccount(lateRef, holder, lateStart));
    JsonNode remind = awaitReturn(officer, remindAccount, remindStart);
    JsonNode late = awaitReturn(officer, lateAccount, lateStart);
    LocalDate remindDue = LocalDate.parse(remind.get("dueDate").asText());
    LocalDate lateDue = LocalDate.parse(late.get("dueDate").asText());
    assertEquals(
        LocalDate.parse(remind.get("periodEnd").asText()).plusDays(28),
        remindDue,
        "BDG: due 28 days after");
    assertTrue(
        !today.isBefore(remindDue.minusDays(7)) && !today.isAfter(remindDue),
        "in its reminder week: " + remind);
    assertTrue(today.isAfter(lateDue), "past its due date: " + late);
    assertEquals("OPEN", remind.get("state").asText());
    assertEquals(
        "OPEN",
        late.get("state").asText(),
        "opening a return never marks it overdue; the deadlines job does");
    long remindReturn = remind.get("id").asLong();
    long lateReturn = late.get("id").asLong();
    String reasonsBefore =
        officer.get("/accounts/" + lateAccount).body().get("riskReasons").asText();

    // the daily run and the next day's: the second finds nothing new to do
    for (int run = 1; run <= 2; run++) {
      MonitoringApi.Reply ran = admin.post("/scheduler/deadlines", Map.of());
      assertEquals(200, ran.status(), ran.text());
      assertTrue(ran.body().get("finished").asBoolean(), ran.text());
    }

    long deadline =
        System.currentTimeMillis() + 30_000; // sent after the job's commit, on another thread
    while (reminders(remindRef).isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    Thread.sleep(2_000); // a repeat from the second run would have been sent by now
    List<MimeMessage> mails = reminders(remindRef);
    assertEquals(1, mails.size(), "one reminder per return, however often the job runs");
    assertEquals(holder, mails.get(0).getAllRecipients()[0].toString());
    assertEquals(
        "Reminder: your direct payment return is due on " + GOVUK_DAY.format(remindDue),
        mails.get(0).getSubject());
    assertTrue(
        GreenMailUtil.getBody(mails.get(0))
            .contains("Your return for " + remind.get("period").asText()),
        GreenMailUtil.getBody(mails.get(0)));
    JsonNode reminded = officer.get("/returns/" + remindReturn).body();
    assertEquals("OPEN", reminded.get("summary").get("state").asText());
    assertEquals(List.of(), flagKinds(reminded), "a reminder is not a flag");
    assertEquals(
        List.of(),
        reminders(lateRef),
        "a return already past its due date is flagged, not reminded");

    JsonNode overdue = officer.get("/returns/" + lateReturn).body();
    assertEquals("OVERDUE", overdue.get("summary").get("state").asText());
    assertEquals(List.of("RETURN_OVERDUE"), flagKinds(overdue), "flagged once over two runs");
    assertTrue(
        overdue
            .get("flags")
            .get(0)
            .get("message")
            .asText()
            .contains("was due on " + GOVUK_DAY.format(lateDue) + " and has not been sent"),
        overdue.get("flags").toString());
    assertTrue(
        StreamSupport.stream(overdue.get("history").spliterator(), false)
            .anyMatch(
                h ->
                    h.get("actor").asText().equals("system")
                        && h.get("action").asText().equals("RETURN_OVERDUE")));
    String reasonsAfter =
        officer.get("/accounts/" + lateAccount).body().get("riskReasons").asText();
    assertFalse(reasonsBefore.contains("late, incomplete or unreliable"), reasonsBefore);
    assertTrue(
        reasonsAfter.contains(
            "1 of the returns in the last two years were late, incomplete or unreliable."),
        "re-rated: " + reasonsAfter);
    JsonNode queue = officer.get("/queue").body();
    assertEquals(
        "OVERDUE",
        find(queue, r -> r.get("id").asLong() == lateReturn)
            .orElseThrow(() -> new AssertionError("the overdue return is in the officer's queue"))
            .get("state")
            .asText());
    assertTrue(
        find(queue, r -> r.get("id").asLong() == remindReturn).isEmpty(),
        "a reminded return is not");

    MonitoringApi.Reply refused = officer.post("/scheduler/deadlines", Map.of());
    assertEquals(403, refused.status(), "only an administrator runs the job: " + refused.text());
  }
}
