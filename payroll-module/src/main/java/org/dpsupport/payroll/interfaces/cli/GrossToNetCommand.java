package org.dpsupport.payroll.interfaces.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayPeriodInput;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code bin/dps gross-to-net}: a whole pay period per line, every line of pay explained. */
@Command(
    name = "gross-to-net",
    mixinStandardHelpOptions = true,
    description = {
      "A PA's whole pay period. Each input line is a PayPeriodInput, e.g.",
      "  {\"paymentDate\":\"2026-04-30\",\"payFrequency\":\"Monthly\",",
      "   \"personalAssistant\":{\"dateOfBirth\":\"1996-01-10\",\"taxCode\":\"1257L\",\"niCategory\":\"A\"},",
      "   \"employer\":{\"careAndSupportEmployer\":true},\"rates\":{\"hourly\":12.71},",
      "   \"shifts\":[{\"date\":\"2026-04-30\",\"kind\":\"DAY\",\"hours\":8}]}",
      "Output: the PayResult: lines with their basis, totals, findings and the year to date to pass on.",
      "See payroll-module/README.md for every field."
    })
final class GrossToNetCommand implements Callable<Integer> {

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(
              new SimpleModule("payroll")
                  .addSerializer(
                      Money.class,
                      new JsonSerializer<>() {
                        @Override
                        public void serialize(
                            Money value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                          gen.writeString(value.toString());
                        }
                      })
                  .addSerializer(
                      Basis.class,
                      new JsonSerializer<>() {
                        @Override
                        public void serialize(
                            Basis value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                          gen.writeString(value.text());
                        }
                      })
                  .addDeserializer(
                      PayFrequency.class,
                      new JsonDeserializer<>() {
                        @Override
                        public PayFrequency deserialize(JsonParser p, DeserializationContext ctxt)
                            throws IOException {
                          return PayFrequency.parse(p.getValueAsString());
                        }
                      })
                  .addDeserializer(
                      StudentLoanPlan.class,
                      new JsonDeserializer<>() {
                        @Override
                        public StudentLoanPlan deserialize(
                            JsonParser p, DeserializationContext ctxt) throws IOException {
                          return StudentLoanPlan.parse(p.getValueAsString());
                        }
                      }))
          .addModule(
              new SimpleModule("frequency-names")
                  .addSerializer(
                      PayFrequency.class,
                      new JsonSerializer<>() {
                        @Override
                        public void serialize(
                            PayFrequency value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                          gen.writeString(value.displayName());
                        }
                      }))
          .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  @ParentCommand private PayrollCli cli;

  @Override
  public Integer call() throws Exception {
    GrossToNetCalculator calculator = new GrossToNetCalculator(cli.catalogue());
    int failures =
        new JsonLines(MAPPER).process(cli.in(), cli.out(), in -> calculate(calculator, in));
    return failures == 0 ? 0 : 1;
  }

  private static JsonNode calculate(GrossToNetCalculator calculator, JsonNode in) {
    PayPeriodInput input;
    try {
      input = MAPPER.treeToValue(in, PayPeriodInput.class);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(describe(e), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    PayResult result = calculator.calculate(input);
    return MAPPER.valueToTree(result);
  }

  /** The person's message from our own validation, or Jackson's, with where in the line it was. */
  private static String describe(JsonMappingException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    String where = path.length() == 0 ? "" : " (at " + path + ")";
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      return "unknown field '"
          + u.getPropertyName()
          + "'"
          + where
          + "; check its spelling against payroll-module/README.md";
    }
    if (root instanceof IllegalArgumentException || root instanceof NullPointerException) {
      return root.getMessage() + where;
    }
    return e.getOriginalMessage() + where;
  }
}
