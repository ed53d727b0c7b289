package org.dpsupport.monitoring.interfaces.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dpsupport.monitoring.application.StatementReader;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.model.statement.StatementReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dps statement FILE.pdf... [--json] [--out DIR | --jsonl]}: one file to stdout, or many in
 * one process (one reader, one JVM) into a CSV per file or one JSON Lines stream.
 */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    version = "dps monitoring 0.1.0",
    description = {
      "Prints a bank statement PDF's transactions as CSV (date,description,amount,balance), or"
          + " with --json also the account details and the arithmetic check.",
      "Many files in one run: --out DIR writes DIR/NAME.csv (or NAME.json with --json) for each"
          + " and one line per file on stderr; --jsonl prints one JSON object per file on stdout.",
      "Exit: 0 all read and verified; 3 one read but not verified; 65 one refused;"
          + " 66 one not found (the highest applies)."
    })
final class StatementCommand implements Callable<Integer> {

  @Parameters(
      index = "0..*",
      arity = "1..*",
      paramLabel = "FILE.pdf",
      description = "the statement PDFs")
  List<Path> files;

  @Option(names = "--json", description = "JSON with account details and verification")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR", description = "write one result file per PDF here")
  Path out;

  @Option(names = "--jsonl", description = "one JSON object per file on stdout (JSON Lines)")
  boolean jsonl;

  private final StatementReader reader = new StatementReader();

  @Override
  public Integer call() {
    if (out != null && jsonl) {
      System.err.println("Choose one of --out DIR and --jsonl, not both.");
      return MonitoringCli.USAGE;
    }
    if (out == null && !jsonl && files.size() > 1) {
      System.err.println(
          "With more than one file, say where the results go: --out DIR (a file each) or"
              + " --jsonl (one line each on stdout).");
      return MonitoringCli.USAGE;
    }
    if (out != null) {
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        System.err.println("Could not create the folder " + out + ": " + e.getMessage());
        return MonitoringCli.NO_INPUT;
      }
    }
    int worst = 0;
    for (Path file : files) {
      worst =
          Math.max(worst, out != null ? toFolder(file) : jsonl ? toJsonLine(file) : single(file));
    }
    System.out.flush();
    return worst;
  }

  /** One file, the result on stdout and anything wrong on stderr. */
  private int single(Path file) {
    byte[] pdf;
    try {
      pdf = Files.readAllBytes(file);
    } catch (IOException e) {
      System.err.println(MonitoringCli.cannotOpen(file, e));
      return MonitoringCli.NO_INPUT;
    }
    StatementReading reading = reader.read(pdf);
    if (reading instanceof StatementReading.Refused refused) {
      System.err.println(refused.refusal().message() + " [" + refused.refusal().reason() + "]");
      return MonitoringCli.REFUSED;
    }
    Statement statement = ((StatementReading.Read) reading).statement();
    PrintStream stdout = System.out;
    stdout.print(json ? StatementOutput.json(statement) : StatementOutput.csv(statement));
    stdout.flush();
    if (!statement.verified()) {
      explain(System.err, statement, "");
      return MonitoringCli.NOT_VERIFIED;
    }
    return 0;
  }

  /** Batch: DIR/NAME.csv (or .json) for a read statement; one line per file on stderr. */
  private int toFolder(Path file) {
    byte[] pdf;
    try {
      pdf = Files.readAllBytes(file);
    } catch (IOException e) {
      System.err.println(file + ": " + MonitoringCli.cannotOpen(file, e));
      return MonitoringCli.NO_INPUT;
    }
    StatementReading reading = reader.read(pdf);
    if (reading instanceof StatementReading.Refused refused) {
      System.err.println(
          file
              + ": refused. "
              + refused.refusal().message()
              + " ["
              + refused.refusal().reason()
              + "]");
      return MonitoringCli.REFUSED;
    }
    Statement statement = ((StatementReading.Read) reading).statement();
    String name = baseName(file) + (json ? ".json" : ".csv");
    try {
      Files.writeString(
          out.resolve(name),
          json ? StatementOutput.json(statement) : StatementOutput.csv(statement),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println(file + ": could not write " + out.resolve(name) + ": " + e.getMessage());
      return MonitoringCli.NO_INPUT;
    }
    if (!statement.verified()) {
      explain(System.err, statement, file + ": ");
      return MonitoringCli.NOT_VERIFIED;
    }
    System.err.println(file + ": " + statement.lines().size() + " rows, verified");
    return 0;
  }

  /** Batch: one compact JSON object per file on stdout. */
  private int toJsonLine(Path file) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", file.toString());
    int code;
    byte[] pdf = null;
    try {
      pdf = Files.readAllBytes(file);
    } catch (IOException e) {
      line.put("status", "NOT_FOUND");
      line.put("message", MonitoringCli.cannotOpen(file, e));
    }
    if (pdf == null) {
      code = MonitoringCli.NO_INPUT;
    } else {
      StatementReading reading = reader.read(pdf);
      if (reading instanceof StatementReading.Refused refused) {
        line.put("status", "REFUSED");
        line.put("reason", refused.refusal().reason().name());
        line.put("message", refused.refusal().message());
        code = MonitoringCli.REFUSED;
      } else {
        Statement statement = ((StatementReading.Read) reading).statement();
        line.put(
            "status",
            statement.verified()
                ? "VERIFIED"
                : statement.verification().uncheckable() ? "NOT_CHECKED" : "NOT_VERIFIED");
        line.putAll(StatementOutput.tree(statement));
        code = statement.verified() ? 0 : MonitoringCli.NOT_VERIFIED;
      }
    }
    System.out.println(StatementOutput.Json.line(line));
    return code;
  }

  private static void explain(PrintStream err, Statement statement, String prefix) {
    err.println(
        prefix
            + (statement.verification().uncheckable()
                ? "This statement could not be checked, so its figures are not verified:"
                : "This statement does not add up, so its figures are not verified:"));
    statement.verification().gaps().forEach(g -> err.println(prefix + "  " + g));
    statement
        .verification()
        .disagreements()
        .forEach(d -> err.println(prefix + "  " + d.explanation()));
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
