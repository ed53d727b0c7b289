package org.dpsupport.monitoring.interfaces.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dpsupport.monitoring.application.StatementReader;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.model.statement.StatementReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dps statement FILE.pdf [--json]}. */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    version = "dps monitoring 0.1.0",
    description =
        "Prints a bank statement PDF's transactions as CSV"
            + " (date,description,amount,balance), or with --json also the account details and"
            + " the arithmetic check.")
final class StatementCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE.pdf", description = "the statement PDF")
  Path file;

  @Option(names = "--json", description = "print JSON with account details and verification")
  boolean json;

  @Override
  public Integer call() {
    byte[] pdf;
    try {
      pdf = Files.readAllBytes(file);
    } catch (IOException e) {
      System.err.println(MonitoringCli.cannotOpen(file, e));
      return MonitoringCli.NO_INPUT;
    }
    StatementReading reading = new StatementReader().read(pdf);
    if (reading instanceof StatementReading.Refused refused) {
      System.err.println(refused.refusal().message() + " [" + refused.refusal().reason() + "]");
      return MonitoringCli.REFUSED;
    }
    Statement statement = ((StatementReading.Read) reading).statement();
    PrintStream out = System.out;
    out.print(json ? StatementOutput.json(statement) : StatementOutput.csv(statement));
    out.flush();
    if (!statement.verified()) {
      System.err.println("This statement does not add up, so its figures are not verified:");
      statement.verification().gaps().forEach(g -> System.err.println("  " + g));
      statement
          .verification()
          .disagreements()
          .forEach(d -> System.err.println("  " + d.explanation()));
      return MonitoringCli.NOT_VERIFIED;
    }
    return 0;
  }
}
