package org.dpsupport.payroll.interfaces.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/dps tax | ni | gross-to-net | statutory-pay}: the payroll engine on JSON Lines. Each
 * reads one JSON object per line on standard input and writes one per line on standard output, in
 * order; a bad line gets {"error": "..."} and the exit code is 1 if any line failed.
 */
@Command(
    name = "dps",
    mixinStandardHelpOptions = true,
    description =
        "DP Support payroll engine: JSON Lines on standard input, one JSON object per line on standard output.",
    subcommands = {
      TaxCommand.class,
      NiCommand.class,
      GrossToNetCommand.class,
      StatutoryPayCommand.class,
      PayrollFilesCommand.class
    })
public final class PayrollCli implements Callable<Integer> {

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final InputStream in;
  private final PrintStream out;
  private final TaxYearCatalogue catalogue;
  private PrintStream err = System.err;

  PayrollCli(InputStream in, PrintStream out, TaxYearCatalogue catalogue) {
    this.in = in;
    this.out = out;
    this.catalogue = catalogue;
  }

  InputStream in() {
    return in;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  TaxYearCatalogue catalogue() {
    return catalogue;
  }

  JsonLines jsonLines() {
    return new JsonLines(MAPPER);
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.err);
    return 64;
  }

  /** Runs the command line against the given streams; returns the exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PayrollCli cli = new PayrollCli(in, out, TaxYearResources.standardCatalogue());
    cli.err = err;
    CommandLine commandLine = new CommandLine(cli);
    commandLine.setErr(new java.io.PrintWriter(err, true));
    commandLine.setOut(new java.io.PrintWriter(out, true));
    return commandLine.execute(args);
  }

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }
}
