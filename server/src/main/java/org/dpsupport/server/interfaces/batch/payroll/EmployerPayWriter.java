package org.dpsupport.server.interfaces.batch.payroll;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.dpsupport.server.application.payroll.BureauRunService;

/**
 * Pays the chunk's employers through the application service, in one transaction; if any of them
 * cannot be paid, that transaction is rolled back and the chunk is paid again employer by employer,
 * each in a transaction of its own, so the others are paid and the one that failed is recorded and
 * stays due.
 */
@Dependent
@Named("employerPayWriter")
public class EmployerPayWriter extends AbstractItemWriter {

  @Inject @BatchProperty String bureauRunId;

  @Inject BureauRunService bureau;

  @Override
  public void writeItems(List<Object> items) {
    long run = Long.parseLong(bureauRunId);
    try {
      bureau.payEmployers(run, items.stream().map(Long.class::cast).toList());
      return;
    } catch (RuntimeException chunkFailed) {
      // rolled back whole: paid again one by one below, where the failure is recorded
    }
    for (Object accountId : items) {
      try {
        bureau.payEmployer(run, (Long) accountId);
      } catch (RuntimeException e) {
        // that employer's own transaction is rolled back; the others are paid and it stays due
        bureau.recordFailure(run, (Long) accountId, e);
      }
    }
  }
}
