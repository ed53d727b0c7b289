package org.dpsupport.payroll.interfaces.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dpsupport.payroll.domain.model.tax.IncomeTaxResult;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.payroll.domain.model.tax.TaxPeriod;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.service.IncomeTaxCalculator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code bin/dps tax}: income tax for a pay period, per line. */
@Command(
    name = "tax",
    mixinStandardHelpOptions = true,
    description = {
      "Income tax for a pay period. Each input line:",
      "  {\"taxYear\":\"2025-26\",\"payFrequency\":\"Monthly\",\"period\":2,\"taxCode\":\"1257L\",\"week1Month1\":false,",
      "   \"grossPay\":\"1156.26\",\"taxablePayToDate\":\"2312.51\",\"taxPaidToDate\":\"21.40\"}",
      "taxablePayToDate includes this period; taxPaidToDate is tax deducted in earlier periods.",
      "Output: {\"taxDueInPeriod\":\"21.60\",\"taxDueToDate\":\"43.00\"}"
    })
final class TaxCommand implements Callable<Integer> {

  private static final Set<String> FIELDS =
      new LinkedHashSet<>(
          List.of(
              "taxYear",
              "payFrequency",
              "period",
              "taxCode",
              "week1Month1",
              "grossPay",
              "taxablePayToDate",
              "taxPaidToDate"));

  @ParentCommand private PayrollCli cli;

  private final IncomeTaxCalculator calculator = new IncomeTaxCalculator();

  @Override
  public Integer call() throws Exception {
    int failures = cli.jsonLines().process(cli.in(), cli.out(), this::calculate);
    return failures == 0 ? 0 : 1;
  }

  private JsonNode calculate(JsonNode in) {
    JsonLines.rejectUnknownFields(in, FIELDS);
    TaxYearRules rules = cli.catalogue().forYear(TaxYear.parse(JsonLines.text(in, "taxYear")));
    PayFrequency frequency = PayFrequency.parse(JsonLines.text(in, "payFrequency"));
    TaxPeriod period = TaxPeriod.ofPayPeriod(frequency, JsonLines.wholeNumber(in, "period"));
    TaxCode code = TaxCode.parse(JsonLines.text(in, "taxCode"));
    if (JsonLines.flag(in, "week1Month1", false)) {
      code = code.onWeek1Month1Basis();
    }
    IncomeTaxResult r =
        calculator.calculate(
            rules,
            code,
            period,
            JsonLines.money(in, "grossPay"),
            JsonLines.money(in, "taxablePayToDate"),
            JsonLines.money(in, "taxPaidToDate"));
    ObjectNode out = PayrollCli.MAPPER.createObjectNode();
    out.put("taxDueInPeriod", r.taxDueInPeriod().toString());
    out.put("taxDueToDate", r.taxDueToDate().toString());
    return out;
  }
}
