package org.dpsupport.payroll.interfaces.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bin/dps payroll-files RUN.json OUTDIR}: one employer's pay period, start to finish,
 * through the engine and the file writers the service uses (see {@link PayrollFilesRun}). Invalid
 * input exits 2 with one plain-English line per problem on standard error and writes nothing; files
 * are made in memory first, then written to a new folder beside OUTDIR and moved in.
 */
@Command(
    name = "payroll-files",
    mixinStandardHelpOptions = true,
    description = {
      "One employer's pay period from a RUN.json (see ../shared/conformance/payroll-files/README.md)",
      "to fps.xml, eps.xml (where the tax month needs one), bacs.txt, payslips/<payrollId>.pdf,",
      "p45/<payrollId>.pdf for leavers, invoice.pdf, invoice.csv and pension.csv (PAPDIS) in OUTDIR.",
      "Exit 0: all written. Exit 2: invalid input, one line per problem on standard error, nothing written."
    })
final class PayrollFilesCommand implements Callable<Integer> {

  @ParentCommand PayrollCli cli;

  @Parameters(index = "0", paramLabel = "RUN.json", description = "the pay period to run")
  Path runFile;

  @Parameters(index = "1", paramLabel = "OUTDIR", description = "where the files are written")
  Path outDir;

  @Override
  public Integer call() {
    PrintStream err = cli.err();
    byte[] json;
    try {
      json = Files.readAllBytes(runFile);
    } catch (IOException e) {
      err.println("Cannot read " + runFile + ": check the file name and that it can be read.");
      return 2;
    }
    BundledFontMapper.install();
    PayrollFilesRun.Outcome outcome = PayrollFilesRun.run(json, cli.catalogue());
    if (!outcome.problems().isEmpty()) {
      outcome.problems().forEach(err::println);
      return 2;
    }
    try {
      write(outDir, outcome.files());
    } catch (IOException e) {
      err.println("Cannot write to " + outDir + ": " + e.getMessage());
      return 1;
    }
    return 0;
  }

  /** Writes every file into a fresh folder beside {@code outDir}, then moves each into place. */
  static void write(Path outDir, Map<String, byte[]> files) throws IOException {
    Path target = outDir.toAbsolutePath();
    Files.createDirectories(target);
    Path staging = Files.createTempDirectory(target.getParent(), ".payroll-files-");
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path p = staging.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      for (String name : files.keySet()) {
        Path to = target.resolve(name);
        Files.createDirectories(to.getParent());
        Files.move(staging.resolve(name), to, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      try (var walk = Files.walk(staging)) {
        List<Path> left = new ArrayList<>(walk.toList());
        java.util.Collections.reverse(left);
        for (Path p : left) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  static Map<String, byte[]> text(Map<String, String> files) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    files.forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return out;
  }
}
