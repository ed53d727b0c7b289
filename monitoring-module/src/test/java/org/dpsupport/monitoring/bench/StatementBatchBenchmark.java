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
 * 1,000 pages in all) on one thread and prints pages per second and peak heap. Run by {@code
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
    if (verified != batch.size()) {
      System.out.println("WARNING: some statements did not verify");
      System.exit(1);
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
