package org.dpsupport.payroll.interfaces.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dpsupport.payroll.domain.model.ni.NiCategory;
import org.dpsupport.payroll.domain.model.ni.NiResult;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.service.NationalInsuranceCalculator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code bin/dps ni}: Class 1 National Insurance for a pay period, per line. */
@Command(
    name = "ni",
    mixinStandardHelpOptions = true,
    description = {
      "Class 1 National Insurance for a pay period. Each input line:",
      "  {\"taxYear\":\"2026-27\",\"payFrequency\":\"Weekly\",\"period\":1,\"niCategory\":\"A\",\"grossPay\":\"96.03\"}",
      "Output: {\"employeeNi\":\"0.00\",\"employerNi\":\"0.00\",\"earningsAtLEL\":\"0.00\",",
      "         \"earningsLELtoPT\":\"0.00\",\"earningsPTtoUEL\":\"0.00\"}"
    })
final class NiCommand implements Callable<Integer> {

  private static final Set<String> FIELDS =
      new LinkedHashSet<>(List.of("taxYear", "payFrequency", "period", "niCategory", "grossPay"));

  @ParentCommand private PayrollCli cli;

  private final NationalInsuranceCalculator calculator = new NationalInsuranceCalculator();

  @Override
  public Integer call() throws Exception {
    int failures = cli.jsonLines().process(cli.in(), cli.out(), this::calculate);
    return failures == 0 ? 0 : 1;
  }

  private JsonNode calculate(JsonNode in) {
    JsonLines.rejectUnknownFields(in, FIELDS);
    TaxYearRules rules = cli.catalogue().forYear(TaxYear.parse(JsonLines.text(in, "taxYear")));
    PayFrequency frequency = PayFrequency.parse(JsonLines.text(in, "payFrequency"));
    if (in.has("period")) {
      int period = JsonLines.wholeNumber(in, "period");
      if (period < 0 || period > 56) {
        throw new IllegalArgumentException(
            "period " + period + " does not exist; use 1 to 53 (NI is worked out per period)");
      }
    }
    NiResult r =
        calculator.calculate(
            rules,
            NiCategory.parse(JsonLines.text(in, "niCategory")),
            frequency,
            JsonLines.money(in, "grossPay"));
    ObjectNode out = PayrollCli.MAPPER.createObjectNode();
    out.put("employeeNi", r.employeeNi().toString());
    out.put("employerNi", r.employerNi().toString());
    out.put("earningsAtLEL", r.earningsAtLel().toString());
    out.put("earningsLELtoPT", r.earningsLelToPt().toString());
    out.put("earningsPTtoUEL", r.earningsPtToUel().toString());
    return out;
  }
}
