package org.dpsupport.monitoring.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dpsupport.monitoring.application.StatementReader;
import org.dpsupport.monitoring.domain.model.statement.StatementReading;
import org.dpsupport.monitoring.statements.Fixtures;
import org.dpsupport.testresources.statements.StatementPdfWriter;
import org.dpsupport.testresources.statements.StatementSpec;
import org.dpsupport.testresources.statements.StatementSpec.Transaction;

/**
 * Not a test: reads a batch of generated statements (every fixture layout, 10 pages each, at least
 * 1,000 pages in all) on one thread and prints pages per second and peak heap; with tabula-java on
 * the class path given, then reads the batch again side by side with tabula. Run by {@code
 * monitoring-module/bench/statements.sh}.
 */
public final class StatementBatchBenchmark {

  private StatementBatchBenchmark() {}

  public static void main(String[] args) {
    int targetPages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int pagesPerStatement = 10;
    List<byte[]> batch = new ArrayList<>();
    List<Integer> expectedRows = new ArrayList<>();
    int pages = 0;
    Random random = new Random(42);
    List<String> layouts =
        Fixtures.statementNames().stream().filter(n -> !n.endsWith("owner-password-only")).toList();
    for (int i = 0; pages < targetPages; i++) {
      StatementSpec base = Fixtures.spec(layouts.get(i % layouts.size()));
      StatementSpec spec =
          base.withTransactions(
              base.name() + "-" + i,
              transactions(base, base.rowsPerPage() * pagesPerStatement, random));
      StatementPdfWriter.Written written = StatementPdfWriter.write(spec);
      batch.add(written.pdf());
      expectedRows.add(written.truth().size());
      pages += written.pages();
    }
    StatementReader reader = new StatementReader();
    for (int i = 0; i < Math.min(batch.size(), 20); i++) {
      reader.read(batch.get(i)); // warm-up
    }
    System.gc();
    resetPeaks();
    long start = System.nanoTime();
    int verified = 0;
    int rows = 0;
    for (int i = 0; i < batch.size(); i++) {
      StatementReading reading = reader.read(batch.get(i));
      if (reading instanceof StatementReading.Read read
          && read.statement().verified()
          && read.statement().lines().size() == expectedRows.get(i)) {
        verified++;
        rows += read.statement().lines().size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "statements read:      %d (%d verified with every row, %d rows)%n",
        batch.size(), verified, rows);
    System.out.printf("pages read:           %d in %.2f s%n", pages, seconds);
    System.out.printf("pages per second:     %.0f (one thread)%n", pages / seconds);
    System.out.printf(
        "peak heap used:       %.0f MB (max heap %d MB)%n",
        peakHeapBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    String tabula = System.getProperty("bench.tabula.classpath");
    if (tabula != null) {
      sideBySide(reader, tabulaRunner(tabula), batch, pages);
    }
    if (verified != batch.size()) {
      System.out.println("WARNING: some statements did not verify");
      System.exit(1);
    }
  }

  /**
   * Both readers on the same PDFs, one statement at a time and alternately (ours first on even
   * statements, tabula first on odd ones), each statement's time added to its reader's total. A
   * change in the machine's load during the run then weighs on both readers alike, so the ratio
   * holds on a shared, loaded machine where two runs one after the other would not.
   */
  private static void sideBySide(
      StatementReader reader,
      java.util.function.ToIntFunction<byte[]> tabula,
      List<byte[]> batch,
      int pages) {
    // tabula warms up on as much as ours has by now: 20 statements and the whole batch once
    for (int i = 0; i < Math.min(batch.size(), 20); i++) {
      tabula.applyAsInt(batch.get(i));
    }
    for (byte[] pdf : batch) {
      tabula.applyAsInt(pdf);
    }
    System.gc();
    long ours = 0;
    long theirs = 0;
    long rows = 0;
    for (int i = 0; i < batch.size(); i++) {
      byte[] pdf = batch.get(i);
      for (int turn = 0; turn < 2; turn++) {
        long start = System.nanoTime();
        if ((turn == 0) == (i % 2 == 0)) {
          reader.read(pdf);
          ours += System.nanoTime() - start;
        } else {
          rows += tabula.applyAsInt(pdf);
          theirs += System.nanoTime() - start;
        }
      }
    }
    double oursPerSecond = pages / (ours / 1e9);
    double tabulaPerSecond = pages / (theirs / 1e9);
    System.out.printf(
        "%nside by side, statement by statement, alternating (same %d pages, same JVM):%n", pages);
    System.out.printf(
        "tabula-java found %d table rows (cells only: no dates, signs or check)%n", rows);
    System.out.printf("%-38s %8s %10s%n", "", "seconds", "pages/s");
    System.out.printf(
        "%-38s %8.2f %10.0f%n", "dps statement reader (PDFBox 3)", ours / 1e9, oursPerSecond);
    System.out.printf(
        "%-38s %8.2f %10.0f%n",
        "tabula-java 1.0.5 stream (PDFBox 2)", theirs / 1e9, tabulaPerSecond);
    System.out.printf("%-38s %19.1fx%n", "ratio", oursPerSecond / tabulaPerSecond);
  }

  /** tabula-java, loaded in a class loader of its own (it brings PDFBox 2). */
  @SuppressWarnings("unchecked")
  private static java.util.function.ToIntFunction<byte[]> tabulaRunner(String classpath) {
    try {
      java.util.List<java.net.URL> urls = new ArrayList<>();
      for (String entry : classpath.split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          urls.add(java.nio.file.Path.of(entry).toUri().toURL());
        }
      }
      java.net.URLClassLoader loader =
          new java.net.URLClassLoader(
              urls.toArray(new java.net.URL[0]), ClassLoader.getPlatformClassLoader());
      return (java.util.function.ToIntFunction<byte[]>)
          loader.loadClass("bench.TabulaRunner").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | java.net.MalformedURLException e) {
      throw new IllegalStateException("could not load tabula-java from " + classpath, e);
    }
  }

  /** Synthetic transactions in the base layout's period, reusing its descriptions. */
  private static List<Transaction> transactions(StatementSpec base, int count, Random random) {
    List<Transaction> list = new ArrayList<>();
    long days = ChronoUnit.DAYS.between(base.periodStart(), base.periodEnd());
    for (int i = 0; i < count; i++) {
      LocalDate date = base.periodStart().plusDays(days * i / count);
      Transaction like = base.transactions().get(i % base.transactions().size());
      long pence = 100 + random.nextInt(150_000);
      BigDecimal amount = BigDecimal.valueOf(pence, 2);
      list.add(
          new Transaction(
              date, random.nextInt(4) == 0 ? amount : amount.negate(), like.description()));
    }
    return list;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
