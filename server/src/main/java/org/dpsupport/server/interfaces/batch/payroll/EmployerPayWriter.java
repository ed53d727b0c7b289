package org.dpsupport.server.interfaces.batch.payroll;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.dpsupport.server.application.payroll.BureauRunService;

/** Pays each employer of the chunk through the application service. */
@Dependent
@Named("employerPayWriter")
public class EmployerPayWriter extends AbstractItemWriter {

  @Inject @BatchProperty String bureauRunId;

  @Inject BureauRunService bureau;

  @Override
  public void writeItems(List<Object> items) {
    long run = Long.parseLong(bureauRunId);
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
