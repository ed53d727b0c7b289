package org.dpsupport.server.interfaces.batch.payroll;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** Splits the bureau's employers into partitions by account id, one thread each. */
@Dependent
@Named("employerPartitionMapper")
public class EmployerPartitionMapper implements PartitionMapper {

  @Inject @BatchProperty String partitions;

  @Override
  public PartitionPlan mapPartitions() {
    int n = Math.max(1, Integer.parseInt(partitions));
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(n);
    plan.setThreads(n);
    // A restart plans afresh instead of reusing the stopped execution's plan: a run stopped before
    // its partitions started has no plan to reuse (the runtime then fails with "size -1"), and
    // re-planning is safe because employers already finalised for the month are never read again.
    plan.setPartitionsOverride(true);
    Properties[] props = new Properties[n];
    for (int i = 0; i < n; i++) {
      props[i] = new Properties();
      props[i].setProperty("partition", String.valueOf(i));
      props[i].setProperty("partitions", String.valueOf(n));
    }
    plan.setPartitionProperties(props);
    return plan;
  }
}
