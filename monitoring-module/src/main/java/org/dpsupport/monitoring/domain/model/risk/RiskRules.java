package org.dpsupport.monitoring.domain.model.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * A council's rule set. Each rule is tested in turn; the closest frequency of every rule that holds
 * wins, and each holding rule adds its reason. With no {@link RiskCondition#OTHERWISE} rule, an
 * account nothing matches makes annual returns.
 */
public record RiskRules(List<RiskRule> rules) {

  public RiskRules {
    rules = List.copyOf(rules);
  }

  /** The default rules shipped in {@code risk-rules.properties}. */
  public static RiskRules defaults() {
    try (InputStream in = RiskRules.class.getResourceAsStream("/risk-rules.properties")) {
      Properties properties = new Properties();
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      return fromProperties(properties);
    } catch (IOException e) {
      throw new UncheckedIOException("The default risk rules could not be read", e);
    }
  }

  /**
   * Rules from {@code rule.<code>.condition|threshold|concern|frequency|reason} properties, in code
   * order.
   */
  public static RiskRules fromProperties(Properties properties) {
    TreeSet<String> codes = new TreeSet<>();
    properties.stringPropertyNames().stream()
        .filter(name -> name.startsWith("rule."))
        .forEach(name -> codes.add(name.substring(5, name.lastIndexOf('.'))));
    List<RiskRule> rules = new ArrayList<>();
    for (String code : codes) {
      String prefix = "rule." + code + ".";
      rules.add(
          new RiskRule(
              code,
              RiskCondition.valueOf(properties.getProperty(prefix + "condition")),
              Integer.parseInt(properties.getProperty(prefix + "threshold", "0")),
              Optional.ofNullable(properties.getProperty(prefix + "concern"))
                  .map(ConcernKind::valueOf),
              ReturnFrequency.valueOf(properties.getProperty(prefix + "frequency")),
              properties.getProperty(prefix + "reason")));
    }
    return new RiskRules(rules);
  }

  /** Rates the account; {@code override} is kept alongside the ruled frequency. */
  public RiskRating rate(RiskFacts facts, Optional<RiskOverride> override) {
    ReturnFrequency specific = null;
    List<String> reasons = new ArrayList<>();
    for (RiskRule rule : rules) {
      if (rule.condition() == RiskCondition.OTHERWISE) {
        continue;
      }
      Optional<String> detail = holds(rule, facts);
      if (detail.isPresent()) {
        specific = specific == null ? rule.frequency() : specific.closer(rule.frequency());
        reasons.add(String.format(rule.reason(), detail.get()));
      }
    }
    if (specific != null) {
      return new RiskRating(specific, reasons, override);
    }
    // "otherwise" explains only an account no other rule caught
    return rules.stream()
        .filter(r -> r.condition() == RiskCondition.OTHERWISE)
        .findFirst()
        .map(r -> new RiskRating(r.frequency(), List.of(r.reason().replace("%s", "")), override))
        .orElse(
            new RiskRating(
                ReturnFrequency.ANNUAL,
                List.of("No rule calls for closer monitoring, so returns are annual."),
                override));
  }

  private static Optional<String> holds(RiskRule rule, RiskFacts facts) {
    return switch (rule.condition()) {
      case NEW_ACCOUNT -> {
        Period age = Period.between(facts.startDate(), facts.asAt());
        yield age.toTotalMonths() < rule.threshold()
            ? Optional.of(String.valueOf(age.toTotalMonths()))
            : Optional.empty();
      }
      case POOR_RETURN_RECORD ->
          facts.poorReturnsInLastTwoYears() >= rule.threshold() && rule.threshold() > 0
              ? Optional.of(String.valueOf(facts.poorReturnsInLastTwoYears()))
              : Optional.empty();
      case OPEN_CONCERN ->
          facts.openConcerns().contains(rule.concern().orElseThrow())
              ? Optional.of(rule.concern().orElseThrow().name())
              : Optional.empty();
      case OTHERWISE -> Optional.of("");
    };
  }
}
