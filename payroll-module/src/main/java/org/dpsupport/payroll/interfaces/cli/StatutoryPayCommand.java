package org.dpsupport.payroll.interfaces.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.familypay.EarningsPaid;
import org.dpsupport.payroll.domain.model.familypay.FamilyLeave;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayDecision;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayResult;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayWeek;
import org.dpsupport.payroll.domain.model.familypay.Recovery;
import org.dpsupport.payroll.domain.model.pay.Finding;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.service.StatutoryFamilyPayCalculator;
import org.dpsupport.payroll.domain.service.StatutoryPayRecovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bin/dps statutory-pay}: statutory maternity, paternity, adoption, shared parental,
 * parental bereavement and neonatal care pay, one leave per line: whether it is due (and why not),
 * each pay week's rate, the total, optionally what falls in one pay period and what the employer
 * recovers.
 */
@Command(
    name = "statutory-pay",
    mixinStandardHelpOptions = true,
    description = {
      "Statutory family pay (SMP, SPP, SAP, ShPP, SPBP, SNCP). Each input line, e.g.:",
      "  {\"type\":\"SMP\",\"dueDate\":\"2026-09-16\",\"employmentStart\":\"2024-09-02\",",
      "   \"payStart\":\"2026-08-30\",\"averageWeeklyEarnings\":\"450.00\",\"evidenceReceived\":true,",
      "   \"periodStart\":\"2026-09-01\",\"periodEnd\":\"2026-09-30\",\"smallEmployer\":true}",
      "Instead of averageWeeklyEarnings give payFrequency and payments [{\"paidOn\",\"amount\"}].",
      "Output: eligible, refusals, warnings, qualifyingWeek, averageWeeklyEarnings, weeks, total,",
      "        period (amount, days, working) and recovery (recovered, nicCompensation)."
    })
final class StatutoryPayCommand implements Callable<Integer> {

  private static final Set<String> FIELDS =
      new LinkedHashSet<>(
          List.of(
              "type",
              "dueDate",
              "matchedOn",
              "eventDate",
              "employmentStart",
              "employmentEnd",
              "payStart",
              "weeks",
              "weeksBeforeCurtailment",
              "averageWeeklyEarnings",
              "payFrequency",
              "payments",
              "evidenceReceived",
              "workDays",
              "periodStart",
              "periodEnd",
              "smallEmployer"));

  @ParentCommand private PayrollCli cli;

  @Override
  public Integer call() throws Exception {
    StatutoryFamilyPayCalculator calculator = new StatutoryFamilyPayCalculator(cli.catalogue());
    int failures = cli.jsonLines().process(cli.in(), cli.out(), in -> calculate(calculator, in));
    return failures == 0 ? 0 : 1;
  }

  private JsonNode calculate(StatutoryFamilyPayCalculator calculator, JsonNode in) {
    JsonLines.rejectUnknownFields(in, FIELDS);
    FamilyPayType type = FamilyPayType.parse(JsonLines.text(in, "type"));
    LocalDate due = date(in, "dueDate", false);
    LocalDate matched = date(in, "matchedOn", false);
    LocalDate event = date(in, "eventDate", false);
    LocalDate started = date(in, "employmentStart", true);
    BigDecimal awe;
    if (in.has("averageWeeklyEarnings")) {
      if (in.has("payments")) {
        throw new IllegalArgumentException(
            "give either averageWeeklyEarnings or payments with payFrequency, not both");
      }
      awe = JsonLines.money(in, "averageWeeklyEarnings").amount();
    } else {
      // the qualifying week depends only on the dates, so work it out with a stand-in figure
      FamilyLeave dates = leave(in, type, due, matched, event, started, BigDecimal.ZERO);
      awe =
          StatutoryFamilyPayCalculator.averageWeeklyEarnings(
              PayFrequency.parse(JsonLines.text(in, "payFrequency")),
              payments(in),
              dates.qualifyingWeek(),
              started);
    }
    FamilyLeave leave = leave(in, type, due, matched, event, started, awe);
    FamilyPayDecision decision = calculator.decide(leave);

    ObjectNode out = PayrollCli.MAPPER.createObjectNode();
    out.put("type", type.rtiName());
    out.put("eligible", decision.eligible());
    strings(out.putArray("refusals"), decision.refusals());
    strings(out.putArray("warnings"), decision.warnings());
    ObjectNode qw = out.putObject("qualifyingWeek");
    qw.put("from", decision.qualifyingWeek().start().toString());
    qw.put("to", decision.qualifyingWeek().lastDay().toString());
    out.put("latestEmploymentStart", decision.latestStart().toString());
    out.put(
        "averageWeeklyEarnings",
        Money.of(decision.averageWeeklyEarnings(), RoundingMode.DOWN).toString());
    out.put("lowerEarningsLimit", decision.lowerEarningsLimit().toString());
    ArrayNode weeks = out.putArray("weeks");
    for (FamilyPayWeek w : decision.weeks()) {
      ObjectNode week = weeks.addObject();
      week.put("week", w.number());
      week.put("from", w.start().toString());
      week.put("rate", w.rate().toString());
      week.put("basis", w.paid() ? w.rateBasis() : w.notPaidBecause());
    }
    out.put("total", decision.total().toString());
    LocalDate periodStart = date(in, "periodStart", false);
    LocalDate periodEnd = date(in, "periodEnd", false);
    if ((periodStart == null) != (periodEnd == null)) {
      throw new IllegalArgumentException("give both periodStart and periodEnd, or neither");
    }
    if (periodStart != null) {
      if (periodEnd.isBefore(periodStart)) {
        throw new IllegalArgumentException("periodEnd is before periodStart");
      }
      FamilyPayResult r = calculator.payFor(leave, periodStart, periodEnd);
      ObjectNode period = out.putObject("period");
      period.put("from", periodStart.toString());
      period.put("to", periodEnd.toString());
      period.put("amount", r.amount().toString());
      period.put("days", r.days());
      period.put("working", r.basis().text());
      List<String> findings = new ArrayList<>();
      for (Finding f : r.findings()) {
        findings.add(f.message());
      }
      strings(period.putArray("findings"), findings);
    }
    if (in.has("smallEmployer")) {
      Recovery recovery =
          StatutoryPayRecovery.recover(
              calculator.rulesForWeekStarting(leave.payStart()),
              decision.payable() ? decision.total() : Money.ZERO,
              JsonLines.flag(in, "smallEmployer", false));
      ObjectNode r = out.putObject("recovery");
      r.put("recovered", recovery.recovered().toString());
      r.put("nicCompensation", recovery.nicCompensation().toString());
    }
    return out;
  }

  private static FamilyLeave leave(
      JsonNode in,
      FamilyPayType type,
      LocalDate due,
      LocalDate matched,
      LocalDate event,
      LocalDate started,
      BigDecimal awe) {
    List<LocalDate> workDays = new ArrayList<>();
    JsonNode days = in.get("workDays");
    if (days != null && !days.isNull()) {
      if (!days.isArray()) {
        throw new IllegalArgumentException("workDays must be a list of dates like \"2026-10-20\"");
      }
      for (JsonNode d : days) {
        workDays.add(parse("workDays", d.asText()));
      }
    }
    return new FamilyLeave(
        type,
        due,
        matched,
        event,
        started,
        date(in, "employmentEnd", false),
        date(in, "payStart", true),
        in.has("weeks") ? JsonLines.wholeNumber(in, "weeks") : 0,
        in.has("weeksBeforeCurtailment") ? JsonLines.wholeNumber(in, "weeksBeforeCurtailment") : 0,
        awe,
        JsonLines.flag(in, "evidenceReceived", false),
        workDays);
  }

  private static List<EarningsPaid> payments(JsonNode in) {
    JsonNode list = JsonLines.required(in, "payments");
    if (!list.isArray() || list.isEmpty()) {
      throw new IllegalArgumentException(
          "payments must be a list like [{\"paidOn\":\"2026-05-29\",\"amount\":\"1950.00\"}]");
    }
    List<EarningsPaid> paid = new ArrayList<>();
    for (JsonNode p : list) {
      paid.add(new EarningsPaid(date(p, "paidOn", true), JsonLines.money(p, "amount")));
    }
    return paid;
  }

  private static LocalDate date(JsonNode in, String field, boolean required) {
    JsonNode v = in.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException(field + " is missing");
      }
      return null;
    }
    return parse(field, v.asText());
  }

  private static LocalDate parse(String field, String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + " must be a date like \"2026-09-16\"; it was \"" + text + "\"");
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
