package org.dpsupport.server.interfaces.batch.payroll;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.dpsupport.server.application.payroll.BureauRunService;

/**
 * Reads the employers of this partition still to be paid, in account order. On a restart the list
 * is read again from the database, so employers paid before the stop are not read at all; the
 * checkpoint (the last account handed out) is kept for the record.
 */
@Dependent
@Named("dueEmployerReader")
public class DueEmployerReader extends AbstractItemReader {

  @Inject @BatchProperty String bureauRunId;

  @Inject @BatchProperty String partition;

  @Inject @BatchProperty String partitions;

  @Inject BureauRunService bureau;

  private List<Long> due;
  private int next;
  private Long last;

  @Override
  public void open(Serializable checkpoint) {
    last = (Long) checkpoint;
    due =
        bureau.employersStillToPay(
            Long.parseLong(bureauRunId),
            Integer.parseInt(partition),
            Integer.parseInt(partitions),
            last);
    next = 0;
  }

  @Override
  public Object readItem() {
    if (next >= due.size()) {
      return null;
    }
    last = due.get(next++);
    return last;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
