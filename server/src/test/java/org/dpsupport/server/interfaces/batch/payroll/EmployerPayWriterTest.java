package org.dpsupport.server.interfaces.batch.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dpsupport.server.application.payroll.BureauRunService;
import org.junit.jupiter.api.Test;

/**
 * A chunk of employers is paid in one transaction; when one employer cannot be paid, the chunk is
 * paid again one by one, so the others are paid and only that one is recorded as failed.
 */
class EmployerPayWriterTest {

  /** Pays everyone but employer 13; records what was committed and what failed. */
  static class FakeBureau extends BureauRunService {
    final List<Long> committed = new ArrayList<>();
    final List<Long> failed = new ArrayList<>();
    int chunkTransactions;
    int employerTransactions;

    @Override
    public void payEmployers(long bureauRunId, List<Long> accountIds) {
      chunkTransactions++;
      if (accountIds.contains(13L)) {
        throw new IllegalStateException("employer 13 has bad bank details"); // all rolled back
      }
      committed.addAll(accountIds);
    }

    @Override
    public void payEmployer(long bureauRunId, long accountId) {
      employerTransactions++;
      if (accountId == 13L) {
        throw new IllegalStateException("employer 13 has bad bank details");
      }
      committed.add(accountId);
    }

    @Override
    public void recordFailure(long bureauRunId, long accountId, RuntimeException e) {
      failed.add(accountId);
    }
  }

  private static FakeBureau write(List<Object> items) {
    EmployerPayWriter writer = new EmployerPayWriter();
    FakeBureau bureau = new FakeBureau();
    writer.bureau = bureau;
    writer.bureauRunId = "7";
    writer.writeItems(items);
    return bureau;
  }

  @Test
  void aChunkIsPaidInOneTransaction() {
    FakeBureau bureau = write(List.of(11L, 12L, 14L));
    assertEquals(List.of(11L, 12L, 14L), bureau.committed);
    assertEquals(1, bureau.chunkTransactions);
    assertEquals(0, bureau.employerTransactions);
    assertEquals(List.of(), bureau.failed);
  }

  @Test
  void oneFailurePaysTheOthersOneByOne() {
    FakeBureau bureau = write(List.of(11L, 12L, 13L, 14L));
    assertEquals(List.of(11L, 12L, 14L), bureau.committed);
    assertEquals(4, bureau.employerTransactions);
    assertEquals(List.of(13L), bureau.failed);
  }
}
