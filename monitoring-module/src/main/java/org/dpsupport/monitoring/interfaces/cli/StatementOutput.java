package org.dpsupport.monitoring.interfaces.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dpsupport.kernel.Money;
import org.dpsupport.kernel.SpreadsheetCells;
import org.dpsupport.monitoring.domain.model.statement.AccountDetails;
import org.dpsupport.monitoring.domain.model.statement.BalanceDisagreement;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;

/**
 * A read statement as text: CSV {@code date,description,amount,balance} (ISO date, signed amount
 * with two decimals, balance empty where the statement prints none; a description a spreadsheet
 * would run as a formula gets a leading apostrophe, amounts stay numbers), or JSON with the account
 * details and the verification result as well.
 */
public final class StatementOutput {

  /** The CSV header, as issue 4 specifies it. */
  public static final String[] HEADER = {"date", "description", "amount", "balance"};

  private StatementOutput() {}

  /** One row per transaction: ISO date, description, signed amount, balance or empty. */
  public static String csv(Statement statement) {
    StringBuilder text = new StringBuilder();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").build();
    try (CSVPrinter csv = new CSVPrinter(text, format)) {
      for (StatementLine line : statement.lines()) {
        // a description is the payee's text: "=HYPERLINK(...)" must not run when the CSV is opened
        csv.printRecord(
            SpreadsheetCells.row(
                line.date().toString(),
                line.description(),
                line.amount().toPlainString(),
                line.printedBalance().map(Money::toPlainString).orElse("")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  public static String json(Statement statement) {
    return Json.write(tree(statement));
  }

  /** The statement as a JSON tree: account, transactions, verification. */
  public static Map<String, Object> tree(Statement statement) {
    AccountDetails a = statement.account();
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("holder", a.holder().orElse(null));
    account.put("sortCode", a.sortCode().map(Object::toString).orElse(null));
    account.put("accountNumber", a.accountNumber().map(Object::toString).orElse(null));
    account.put("periodStart", a.period().map(p -> p.start().toString()).orElse(null));
    account.put("periodEnd", a.period().map(p -> p.lastDay().toString()).orElse(null));
    account.put("openingBalance", a.openingBalance().map(Money::amount).orElse(null));
    account.put("closingBalance", a.closingBalance().map(Money::amount).orElse(null));
    List<Map<String, Object>> transactions = new ArrayList<>();
    for (StatementLine line : statement.lines()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("date", line.date().toString());
      row.put("description", line.description());
      row.put("amount", line.amount().amount());
      row.put("balance", line.printedBalance().map(Money::amount).orElse(null));
      transactions.add(row);
    }
    Map<String, Object> verification = new LinkedHashMap<>();
    verification.put("verified", statement.verified());
    verification.put("summary", statement.verification().summary());
    verification.put("explanation", statement.verification().explanation());
    verification.put("order", statement.verification().order().name());
    verification.put("checkedAgainst", statement.verification().check().name());
    verification.put("missing", statement.verification().gaps());
    List<Map<String, Object>> disagreements = new ArrayList<>();
    for (BalanceDisagreement d : statement.verification().disagreements()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("row", d.row());
      row.put("what", d.what());
      row.put("expected", d.expected().amount());
      row.put("printed", d.printed().amount());
      row.put("explanation", d.explanation());
      disagreements.add(row);
    }
    verification.put("disagreements", disagreements);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("account", account);
    root.put("transactions", transactions);
    root.put("verification", verification);
    return root;
  }

  /** Jackson, pretty-printed, BigDecimal as written. */
  public static final class Json {
    private static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final ObjectMapper COMPACT = new ObjectMapper();

    /** One line of JSON, for JSON Lines output. */
    public static String line(Object tree) {
      try {
        return COMPACT.writeValueAsString(tree);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public static String write(Object tree) {
      try {
        return MAPPER.writeValueAsString(tree) + "\n";
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
