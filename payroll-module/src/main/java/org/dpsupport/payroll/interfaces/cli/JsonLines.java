package org.dpsupport.payroll.interfaces.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import org.dpsupport.kernel.Money;

/**
 * JSON Lines in, JSON Lines out: one object per input line, in order. A line that cannot be
 * processed gets {"error": "..."} and the rest still run; the caller learns whether any failed.
 */
final class JsonLines {

  private final ObjectMapper mapper;

  JsonLines(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Runs each non-blank line through the handler; returns the number of lines that failed. */
  int process(InputStream in, PrintStream out, Function<JsonNode, JsonNode> handler)
      throws IOException {
    int failures = 0;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode result;
      try {
        JsonNode input;
        try {
          input = mapper.readTree(line);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(
              "line " + number + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (input == null || !input.isObject()) {
          throw new IllegalArgumentException(
              "line " + number + " must be one JSON object, like {\"grossPay\":\"100.00\", ...}");
        }
        result = handler.apply(input);
      } catch (RuntimeException e) {
        failures++;
        ObjectNode error = mapper.createObjectNode();
        error.put("error", e.getMessage() == null ? e.toString() : e.getMessage());
        result = error;
      }
      out.println(mapper.writeValueAsString(result));
    }
    out.flush();
    return failures;
  }

  static void rejectUnknownFields(JsonNode input, Set<String> known) {
    Iterator<String> names = input.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "unknown field '" + name + "'; the fields are " + String.join(", ", known));
      }
    }
  }

  static JsonNode required(JsonNode input, String field) {
    JsonNode v = input.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return v;
  }

  static String text(JsonNode input, String field) {
    JsonNode v = required(input, field);
    if (!v.isValueNode()) {
      throw new IllegalArgumentException(field + " must be a single value");
    }
    return v.asText();
  }

  static int wholeNumber(JsonNode input, String field) {
    JsonNode v = required(input, field);
    if (v.canConvertToInt() && (v.isIntegralNumber() || v.asText().matches("\\d+"))) {
      return v.isNumber() ? v.intValue() : Integer.parseInt(v.asText());
    }
    throw new IllegalArgumentException(field + " must be a whole number, e.g. 3; it was " + v);
  }

  static boolean flag(JsonNode input, String field, boolean fallback) {
    JsonNode v = input.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isBoolean()) {
      throw new IllegalArgumentException(field + " must be true or false; it was " + v);
    }
    return v.booleanValue();
  }

  static Money money(JsonNode input, String field) {
    JsonNode v = required(input, field);
    BigDecimal amount;
    if (v.isNumber()) {
      amount = v.decimalValue();
    } else if (v.isTextual()) {
      try {
        amount = new BigDecimal(v.asText().trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            field + " must be an amount like \"1156.25\"; it was " + v);
      }
    } else {
      throw new IllegalArgumentException(
          field + " must be an amount like \"1156.25\"; it was " + v);
    }
    if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          field
              + " has a fraction of a penny ("
              + amount.toPlainString()
              + "); give pounds and pence, e.g. 1156.25");
    }
    return Money.of(amount.setScale(2, java.math.RoundingMode.UNNECESSARY));
  }
}
