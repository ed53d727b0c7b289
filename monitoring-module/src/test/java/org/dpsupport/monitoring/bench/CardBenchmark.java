package org.dpsupport.monitoring.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.application.CardFileReader;
import org.dpsupport.monitoring.cards.CardFiles;
import org.dpsupport.monitoring.cards.GeneratedCardFile;
import org.dpsupport.monitoring.domain.model.account.AccountTerms;
import org.dpsupport.monitoring.domain.model.account.PaymentSchedule;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.card.CardFileFormat;
import org.dpsupport.monitoring.domain.model.card.CardFileSummary;
import org.dpsupport.monitoring.domain.model.card.CardStatement;
import org.dpsupport.monitoring.domain.model.card.MerchantCategories;
import org.dpsupport.monitoring.domain.model.reconciliation.Reconciliation;
import org.dpsupport.monitoring.domain.model.reconciliation.ReconciliationPolicy;
import org.dpsupport.monitoring.domain.service.Reconciler;

/**
 * Not a test: imports and reconciles 1,000,000 generated card transactions on one thread, as {@code
 * cards} card files of {@code rows} transactions each (by default a council's 1,000 cards with
 * 1,000 transactions each, three a day, about eleven months), and prints wall time, CPU time, rows
 * per second, flags and peak heap. Each file is read as CSV text, checked row by row, and
 * reconciled against its account's terms. Run by {@code monitoring-module/bench/cards.sh}.
 */
public final class CardBenchmark {

  private CardBenchmark() {}

  public static void main(String[] args) {
    int cards = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int perDay = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    CardFileFormat format = CardFiles.format("clearcard");
    Reconciler reconciler = new Reconciler(ReconciliationPolicy.standard());
    MerchantCategories codes = MerchantCategories.standard();
    Money load = Money.of(BigDecimal.valueOf(GeneratedCardFile.loadPence(perDay), 2));
    AccountTerms terms =
        new AccountTerms(
            Route.PREPAID_CARD,
            load.multipliedBy(BigDecimal.valueOf(13), java.math.RoundingMode.UNNECESSARY),
            load,
            PaymentSchedule.FOUR_WEEKLY,
            Set.of("PERSONAL_CARE", "TRANSPORT", "DAY_ACTIVITIES", "EQUIPMENT"),
            GeneratedCardFile.START,
            8);
    for (int i = 0; i < Math.min(cards, 20); i++) {
      run(format, reconciler, codes, terms, Math.min(rows, 1000), perDay); // warm-up
    }
    System.gc();
    resetPeaks();
    var threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long total = 0;
    long flags = 0;
    for (int i = 0; i < cards; i++) {
      Reconciliation r = run(format, reconciler, codes, terms, rows, perDay);
      total += rows;
      flags += r.flags().size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        "%,d card files x %,d transactions = %,d transactions imported and reconciled%n",
        cards, rows, total);
    System.out.printf(
        "wall %.1f s, CPU %.1f s (this thread), %,.0f transactions/s, %,d flags, peak heap %d MB%n",
        seconds, cpu, total / seconds, flags, peakHeapMb());
  }

  private static Reconciliation run(
      CardFileFormat format,
      Reconciler reconciler,
      MerchantCategories codes,
      AccountTerms terms,
      int rows,
      int perDay) {
    CardStatement.Collector lines = new CardStatement.Collector();
    CardFileSummary summary =
        new CardFileReader(format)
            .read(new GeneratedCardFile(rows, perDay), CardFiles.CLEARCARD_CARD, lines);
    CardStatement card = lines.build("card", summary, format.order());
    return reconciler.reconcileCards(terms, List.of(card), codes);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
