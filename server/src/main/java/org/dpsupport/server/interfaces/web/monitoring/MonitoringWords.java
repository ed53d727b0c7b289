package org.dpsupport.server.interfaces.web.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dpsupport.monitoring.domain.model.cases.CaseActionKind;

/** What the officer's pages say for the stored codes: states, actions, statuses and dates. */
final class MonitoringWords {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private MonitoringWords() {}

  static String state(String state) {
    if (state == null) {
      return "";
    }
    return switch (state) {
      case "OPEN" -> "Open";
      case "OVERDUE" -> "Overdue";
      case "SUBMITTED" -> "Sent, being read";
      case "ACCEPTED_AUTOMATICALLY" -> "Accepted automatically";
      case "FLAGGED" -> "Flagged";
      case "ACCEPTED_BY_OFFICER" -> "Closed by an officer";
      default -> state.charAt(0) + state.substring(1).toLowerCase(Locale.UK).replace('_', ' ');
    };
  }

  /** The GOV.UK tag modifier for a state. */
  static String stateTag(String state) {
    if (state == null) {
      return "govuk-tag--grey";
    }
    return switch (state) {
      case "OVERDUE" -> "govuk-tag--red";
      case "FLAGGED" -> "govuk-tag--orange";
      case "SUBMITTED" -> "govuk-tag--blue";
      case "ACCEPTED_AUTOMATICALLY", "ACCEPTED_BY_OFFICER" -> "govuk-tag--green";
      default -> "govuk-tag--grey";
    };
  }

  static String action(String kind) {
    if (kind == null) {
      return "";
    }
    try {
      return CaseActionKind.valueOf(kind).label();
    } catch (IllegalArgumentException e) {
      return kind.charAt(0) + kind.substring(1).toLowerCase(Locale.UK).replace('_', ' ');
    }
  }

  static String status(String status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case "OPEN" -> "Open";
      case "RESOLVED" -> "Dealt with";
      case "DONE" -> "Done";
      case "AWAITING_RESPONSE" -> "Waiting for the budget holder";
      case "RESPONDED" -> "Answered";
      case "CONFIRMED" -> "Confirmed";
      case "CLOSED" -> "Closed with the case";
      default -> status.charAt(0) + status.substring(1).toLowerCase(Locale.UK).replace('_', ' ');
    };
  }

  static String frequency(String f) {
    if (f == null) {
      return "";
    }
    return switch (f) {
      case "MONTHLY" -> "Every month";
      case "QUARTERLY" -> "Every quarter";
      case "ANNUAL" -> "Every year";
      default -> f;
    };
  }

  static String date(Object d) {
    if (d instanceof LocalDate l) {
      return DAY.format(l);
    }
    if (d instanceof OffsetDateTime o) {
      return DAY.format(o.atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDate());
    }
    if (d instanceof java.time.Instant i) {
      return DAY.format(i.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
    }
    return d == null ? "" : d.toString();
  }
}
