package org.dpsupport.server.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.dpsupport.kernel.Money;

/**
 * The one formatter for people, used by every page bean and (as {@code #{plainWords}}) by every
 * page: money as "£1,150.00" (always two places, thousands separators, "-£20.00" when negative),
 * dates as "28 December 2026", times as "28 December 2026 at 2:05pm", and statuses (enum names) in
 * plain words with the GOV.UK tag colour that goes with them. No enum name, ISO date or internal id
 * should reach a page: pass it through here. The status tag component {@code <govuk:tag
 * status="..."/>} uses {@link #status} and {@link #tagClass}.
 */
@Named("plainWords")
@ApplicationScoped
public class PlainWords {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** A status in words and its tag colour ("" is the default dark blue tag). */
  private record Words(String words, String colour) {}

  private static final Map<String, Words> STATUSES =
      Map.ofEntries(
          // monitoring returns
          Map.entry("OPEN", new Words("Due", "blue")),
          Map.entry("OVERDUE", new Words("Overdue", "red")),
          Map.entry("SUBMITTED", new Words("Sent", "")),
          Map.entry("ACCEPTED_AUTOMATICALLY", new Words("Accepted", "green")),
          Map.entry("FLAGGED", new Words("Being checked by your officer", "yellow")),
          Map.entry("ACCEPTED_BY_OFFICER", new Words("Accepted by your officer", "green")),
          // officer actions, flags
          Map.entry("AWAITING_RESPONSE", new Words("Waiting for your answer", "orange")),
          Map.entry("RESPONDED", new Words("Answered", "green")),
          Map.entry("RESOLVED", new Words("Resolved", "green")),
          Map.entry("DISMISSED", new Words("Dismissed", "grey")),
          // uploads
          Map.entry("READ", new Words("Read", "green")),
          Map.entry("ACCEPTED", new Words("Accepted", "green")),
          Map.entry("REFUSED", new Words("Refused", "red")),
          Map.entry("NEEDS_OFFICER", new Words("Needs an officer to look at it", "yellow")),
          Map.entry("RECEIVED", new Words("Received", "grey")),
          // register
          Map.entry("DRAFT", new Words("Draft", "grey")),
          Map.entry("APPROVED", new Words("Approved", "green")),
          Map.entry("REJECTED", new Words("Not approved", "red")),
          Map.entry("SUSPENDED", new Words("Paused", "grey")),
          Map.entry("SUSPENDED_BY_STAFF", new Words("Paused by the register team", "red")),
          Map.entry("PA_INTERESTED", new Words("The PA is interested", "blue")),
          Map.entry("HOLDER_INTERESTED", new Words("Invitation sent", "blue")),
          Map.entry("BOTH_AGREED", new Words("Both agreed: contact details shared", "green")),
          Map.entry("HIRED", new Words("Hired", "green")),
          Map.entry("DECLINED", new Words("Declined", "grey")),
          Map.entry("WITHDRAWN", new Words("Withdrawn", "grey")),
          Map.entry("FILLED", new Words("Filled", "green")),
          // payroll
          Map.entry("CALCULATED", new Words("Calculated", "blue")),
          Map.entry("FINALISED", new Words("Paid", "green")),
          Map.entry("PENDING", new Words("Waiting for your approval", "orange")),
          Map.entry("DUE", new Words("Due", "blue")),
          Map.entry("PAID", new Words("Paid", "green")));

  /** "£1,150.00", "-£20.00"; empty for no amount. */
  public static String money(BigDecimal amount) {
    return Money.format(amount);
  }

  /** "28 December 2026"; empty for no date. */
  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** "28 December 2026 at 2:05pm" in UK time; empty for no time. */
  public static String dateTime(OffsetDateTime time) {
    if (time == null) {
      return "";
    }
    var local = time.atZoneSameInstant(LONDON);
    return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
  }

  /**
   * A status (an enum or its name) in plain words: "OVERDUE" is "Overdue", "BOTH_AGREED" is "Both
   * agreed: contact details shared"; a name not listed becomes a sentence ("MONDAY_MORNING" is
   * "Monday morning").
   */
  public static String status(Object status) {
    if (status == null) {
      return "";
    }
    String name = status instanceof Enum<?> e ? e.name() : status.toString();
    Words w = STATUSES.get(name);
    return w != null ? w.words() : sentence(name);
  }

  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  /**
   * A sentence written elsewhere with dates as "2026-11-22": the dates in words ("22 November
   * 2026"); anything that is not a real date is left as it is.
   */
  public static String datesInWords(String text) {
    if (text == null) {
      return "";
    }
    var m = ISO_DATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String words;
      try {
        words = date(LocalDate.parse(m.group()));
      } catch (java.time.format.DateTimeParseException e) {
        words = m.group();
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(words));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The GOV.UK tag classes for a status: "govuk-tag govuk-tag--red". */
  public static String tagClass(Object status) {
    if (status == null) {
      return "govuk-tag";
    }
    String name = status instanceof Enum<?> e ? e.name() : status.toString();
    Words w = STATUSES.get(name);
    return w == null || w.colour().isEmpty() ? "govuk-tag" : "govuk-tag govuk-tag--" + w.colour();
  }

  private static final Map<String, String> CATEGORIES =
      Map.of(
          "PA_WAGES", "Wages for your personal assistants",
          "PERSONAL_CARE", "Personal care",
          "TRANSPORT", "Transport",
          "RESPITE", "Respite care",
          "DAY_ACTIVITIES", "Day activities",
          "EQUIPMENT", "Equipment");

  /**
   * A support plan's spending category in words: "PA_WAGES" is "Wages for your personal
   * assistants".
   */
  public static String category(String code) {
    return code == null ? "" : CATEGORIES.getOrDefault(code, sentence(code));
  }

  /** "PERSONAL_CARE" or "monday:morning" as "Personal care", "Monday morning". */
  public static String sentence(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String words = name.replaceAll("[_:\\-]+", " ").trim().toLowerCase(Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  // instance forms for EL (#{plainWords.money(x)})

  public String formatMoney(BigDecimal amount) {
    return money(amount);
  }

  public String formatDate(LocalDate d) {
    return date(d);
  }

  public String formatDateTime(OffsetDateTime t) {
    return dateTime(t);
  }

  public String words(Object status) {
    return status(status);
  }

  public String tag(Object status) {
    return tagClass(status);
  }

  public String inWords(String text) {
    return datesInWords(text);
  }
}
