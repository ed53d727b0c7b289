package org.dpsupport.monitoring.interfaces.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/dps statement FILE.pdf [--json]} and {@code bin/dps receipt FILE.pdf}: the same
 * readers the server uses, from the command line.
 *
 * <p>Exit codes: 0 read (and, for a statement, verified); 3 statement read but its arithmetic does
 * not add up (the rows are printed, the disagreements go to stderr); 65 the file was refused, the
 * reason on stderr; 66 the file could not be opened; 64 wrong usage.
 */
@Command(
    name = "dps",
    mixinStandardHelpOptions = true,
    version = "dps monitoring 0.1.0",
    subcommands = {StatementCommand.class, ReceiptCommand.class},
    description = "Reads bank statements and receipts from PDF files.")
public final class MonitoringCli implements Runnable {

  static final int NOT_VERIFIED = 3;
  static final int REFUSED = 65;
  static final int NO_INPUT = 66;
  static final int USAGE = 64;

  // held so the logger configuration is not garbage-collected away
  private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
  private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

  public static void main(String[] args) {
    // PDFBox logs every oddity of a damaged file; the person gets our one plain reason instead
    PDFBOX.setLevel(Level.OFF);
    FONTBOX.setLevel(Level.OFF);
    CommandLine cli = new CommandLine(new MonitoringCli());
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          e.getCommandLine().getErr().println(e.getMessage());
          e.getCommandLine().usage(e.getCommandLine().getErr());
          return USAGE;
        });
    System.exit(cli.execute(args));
  }

  /** A plain sentence for a file that cannot be opened at all. */
  static String cannotOpen(java.nio.file.Path file, java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "There is no file called " + file + ". Please check the name and try again.";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "You do not have permission to read " + file + ".";
    }
    return "Could not open "
        + file
        + " ("
        + e.getClass().getSimpleName()
        + ": "
        + e.getMessage()
        + ").";
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }
}
