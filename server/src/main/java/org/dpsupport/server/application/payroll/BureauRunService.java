package org.dpsupport.server.application.payroll;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.payroll.BureauRunEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.BureauRunStore;
import org.dpsupport.server.infrastructure.persistence.payroll.BureauRunWork;
import org.dpsupport.server.infrastructure.scheduling.ClusterMembers;
import org.dpsupport.server.security.Viewer;

/**
 * The bureau-wide pay day: starts, stops and restarts the {@code bureau-pay-run} batch job for one
 * agency and month, and reports its progress. Only the agency's own staff reach their runs.
 */
@ApplicationScoped
public class BureauRunService {

  private static final Logger LOG = Logger.getLogger(BureauRunService.class.getName());
  public static final String JOB = "bureau-pay-run";

  /** Where a bureau run stands: employers paid out of those due, and the batch job's status. */
  public record Progress(
      long id,
      YearMonth month,
      int employersDue,
      long employersPaid,
      long payslips,
      String batchStatus,
      int percent,
      boolean finished) {}

  @Inject BureauRunStore store;

  @Inject PayrollAccess access;

  @Inject PayRunService payRuns;

  @Inject AuditLog audit;

  @Inject ClusterMembers cluster;

  @Inject BureauRunWork work;

  @Inject
  BureauRunService self; // its own proxy, so the steps below run in transactions of their own

  @Inject Clock clock;

  /** Starts the month's bureau run (or restarts it if an earlier attempt stopped or failed). */
  public Progress start(Viewer viewer, YearMonth month, int partitions, int chunkSize) {
    long agency = access.agencyOf(viewer);
    BureauRunEntity run = self.createOrFind(viewer, agency, month);
    BatchStatus status = status(run);
    if (status == BatchStatus.STARTED
        || status == BatchStatus.STARTING
        || status == BatchStatus.STOPPING) {
      throw PayrollProblem.conflict("This month's pay run is already running.");
    }
    if (status != null) {
      return restart(viewer, run.getId());
    }
    // never started, started before the server last restarted (in-memory job repository), or its
    // server died mid-run (shared repository): a fresh execution pays whoever is still due, with
    // the
    // last execution's parameters when the repository still has them
    Properties p = lastParameters(run);
    if (p == null) {
      p = new Properties();
      p.setProperty("bureauRunId", String.valueOf(run.getId()));
      p.setProperty("partitions", String.valueOf(Math.max(1, partitions)));
      p.setProperty("chunkSize", String.valueOf(Math.max(1, chunkSize)));
    }
    long execution = operator().start(JOB, p);
    self.setExecution(run.getId(), execution);
    if (run.getBatchExecutionId() != null) {
      audit.record(
          viewer.username(),
          "BUREAU_RUN_RESTARTED",
          "BureauRun",
          run.getId(),
          "execution "
              + execution
              + " after execution "
              + run.getBatchExecutionId()
              + " was interrupted");
    }
    return progress(viewer, run.getId());
  }

  /**
   * The batch status of the run's last execution; null if the job repository has no record of it
   * (the in-memory repository of a restarted server) or if it was running on a server of the
   * cluster that has since died, which will never finish it.
   */
  private BatchStatus status(BureauRunEntity run) {
    if (run.getBatchExecutionId() == null) {
      return null;
    }
    try {
      JobExecution execution = operator().getJobExecution(run.getBatchExecutionId());
      if (!ofThisRun(execution, run)) {
        return null;
      }
      BatchStatus status = execution.getBatchStatus();
      boolean running =
          status == BatchStatus.STARTING
              || status == BatchStatus.STARTED
              || status == BatchStatus.STOPPING;
      if (running && !cluster.alive(run.getBatchServer())) {
        return null;
      }
      return status;
    } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
      return null;
    }
  }

  /** The parameters of the run's last execution, if the job repository still has it. */
  private static Properties lastParameters(BureauRunEntity run) {
    if (run.getBatchExecutionId() == null) {
      return null;
    }
    try {
      JobExecution execution = operator().getJobExecution(run.getBatchExecutionId());
      return ofThisRun(execution, run) ? execution.getJobParameters() : null;
    } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
      return null;
    }
  }

  /**
   * Whether the execution is this run's: an in-memory job repository numbers executions from 1
   * again after a restart, so a stored number may now be another month's execution.
   */
  private static boolean ofThisRun(JobExecution execution, BureauRunEntity run) {
    Properties p = execution.getJobParameters();
    return p != null && String.valueOf(run.getId()).equals(p.getProperty("bureauRunId"));
  }

  public Progress stop(Viewer viewer, long runId) {
    BureauRunEntity run = visible(viewer, runId);
    if (status(run) == BatchStatus.STARTED || status(run) == BatchStatus.STARTING) {
      operator().stop(run.getBatchExecutionId());
    }
    audit.record(
        viewer.username(), "BUREAU_RUN_STOPPED", "BureauRun", runId, "stopped by agency staff");
    return progress(viewer, runId);
  }

  public Progress restart(Viewer viewer, long runId) {
    BureauRunEntity run = visible(viewer, runId);
    if (status(run) == null) {
      return start(viewer, YearMonth.from(run.getPeriodStart()), 2, 10);
    }
    JobExecution last = operator().getJobExecution(run.getBatchExecutionId());
    if (last.getBatchStatus() == BatchStatus.COMPLETED
        && employersPaid(run) >= run.getEmployersDue()) {
      return progress(viewer, runId);
    }
    long execution =
        last.getBatchStatus() == BatchStatus.COMPLETED
            ? operator().start(JOB, last.getJobParameters())
            : operator().restart(run.getBatchExecutionId(), last.getJobParameters());
    self.setExecution(runId, execution);
    audit.record(
        viewer.username(), "BUREAU_RUN_RESTARTED", "BureauRun", runId, "execution " + execution);
    return progress(viewer, runId);
  }

  public Progress progress(Viewer viewer, long runId) {
    BureauRunEntity run = visible(viewer, runId);
    long paid = employersPaid(run);
    long payslips = store.payslipsPaid(run.getAgencyId(), run.getPeriodStart());
    BatchStatus batch = status(run);
    String status =
        batch != null
            ? batch.name()
            : run.getBatchExecutionId() == null ? "NOT_STARTED" : "INTERRUPTED";
    int percent = run.getEmployersDue() == 0 ? 100 : (int) (100 * paid / run.getEmployersDue());
    boolean finished =
        !status.equals("STARTED") && !status.equals("STARTING") && !status.equals("STOPPING");
    return new Progress(
        run.getId(),
        YearMonth.from(run.getPeriodStart()),
        run.getEmployersDue(),
        paid,
        payslips,
        status,
        percent,
        finished);
  }

  /** The agency's bureau runs, newest first. */
  public List<Progress> runs(Viewer viewer) {
    long agency = access.agencyOf(viewer);
    return store.idsOf(agency, 24).stream().map(id -> progress(viewer, id)).toList();
  }

  /** What a pay day for the month would pay: employers with something to pay, and their PAs. */
  public record Preview(YearMonth month, long employers, long pas, long employersOnPayroll) {}

  /**
   * Employers of the viewer's agency not yet paid for the month that have approved timesheets to
   * pay (the others are skipped: no empty run), and how many PAs that is.
   */
  public Preview preview(Viewer viewer, YearMonth month) {
    long agency = access.agencyOf(viewer);
    BureauRunStore.ToPay toPay = store.toPay(agency, month);
    return new Preview(month, toPay.employers(), toPay.pas(), store.employersOnPayroll(agency));
  }

  /**
   * The month after the agency's latest finalised pay, or this month if none: the newest finalised
   * run first along the index on the pay day (V42_1), so one run is read, not all the agency's.
   */
  public YearMonth nextMonthToPay(Viewer viewer) {
    long agency = access.agencyOf(viewer);
    return work.latestFinalisedPayDay(agency)
        .map(day -> YearMonth.from(day).plusMonths(1))
        .orElseGet(() -> YearMonth.now(clock));
  }

  // ---- called by the batch job

  /**
   * Employers of the partition not yet finalised for the month with something to pay, in account
   * order.
   */
  public List<Long> employersStillToPay(
      long bureauRunId, int partition, int partitions, Long after) {
    return store.employersStillToPay(runOrFail(bureauRunId), partition, partitions);
  }

  /**
   * Pays the chunk's employers in one transaction, committed before the chunk's checkpoint: one
   * commit for the chunk instead of one for each employer (a commit waits for PostgreSQL to flush
   * its log to disk). Each employer's work is written out and let go of before the next employer is
   * read, so the chunk holds no more in memory than one employer, and nothing is written before
   * then ({@link BureauRunWork#started}): one insert and one update of the pay run. If any employer
   * fails, the whole chunk is rolled back and the caller pays it again employer by employer ({@link
   * #payEmployer}).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void payEmployers(long bureauRunId, List<Long> accountIds) {
    BureauRunWork.Started run = work.started(bureauRunId);
    try {
      for (long accountId : accountIds) {
        payRuns.payForBureau(bureauRunId, run.by(), accountId, run.month());
        work.writeOutAndForget();
      }
    } finally {
      work.finished();
    }
  }

  /** Pays one employer in a transaction of its own, committed before the chunk's checkpoint. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void payEmployer(long bureauRunId, long accountId) {
    BureauRunEntity run = runOrFail(bureauRunId);
    payRuns.payForBureau(
        bureauRunId, run.getStartedBy(), accountId, YearMonth.from(run.getPeriodStart()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(long bureauRunId, long accountId, RuntimeException e) {
    LOG.log(Level.WARNING, "Bureau run " + bureauRunId + " could not pay employer " + accountId, e);
    audit.record(
        "bureau-run-" + bureauRunId,
        "PAY_RUN_FAILED",
        "PayrollEmployer",
        accountId,
        "not paid in this run; it stays due: " + e.getMessage());
  }

  // ----

  @Transactional
  public BureauRunEntity createOrFind(Viewer viewer, long agency, YearMonth month) {
    java.util.Optional<BureauRunEntity> existing = store.forMonth(agency, month.atDay(1));
    if (existing.isPresent()) {
      return existing.get();
    }
    // due: employers with something to pay, and those already paid for the month
    long due = store.employersDue(agency, month);
    BureauRunEntity run = new BureauRunEntity();
    run.setAgencyId(agency);
    run.setPeriodStart(month.atDay(1));
    run.setPeriodEnd(month.atEndOfMonth());
    run.setEmployersDue((int) due);
    run.setStartedBy(viewer.username());
    run.setStartedAt(OffsetDateTime.now(clock));
    store.add(run);
    audit.record(
        viewer.username(),
        "BUREAU_RUN_STARTED",
        "BureauRun",
        run.getId(),
        "pay day for "
            + month
            + ", "
            + due
            + " employers; starting the run approves each employer's calculated pay");
    return run;
  }

  @Transactional
  public void setExecution(long runId, long execution) {
    BureauRunEntity run = runOrFail(runId);
    run.setBatchExecutionId(execution);
    run.setBatchServer(cluster.thisServer());
  }

  private long employersPaid(BureauRunEntity run) {
    return store.employersPaid(run.getAgencyId(), run.getPeriodStart());
  }

  private BureauRunEntity runOrFail(long runId) {
    return store
        .find(runId)
        .orElseThrow(() -> PayrollProblem.notFound("There is no bureau pay run " + runId + "."));
  }

  private BureauRunEntity visible(Viewer viewer, long runId) {
    long agency = access.agencyOf(viewer);
    BureauRunEntity run = store.find(runId).orElse(null);
    if (run == null || run.getAgencyId() != agency) {
      if (run != null) {
        audit.recordRefusal(viewer.username(), "BureauRun", runId, "another agency's run");
        throw new org.dpsupport.server.security.RecordAccessDeniedException(
            "This pay run belongs to another agency, so you cannot see it.");
      }
      throw PayrollProblem.notFound("There is no bureau pay run " + runId + ".");
    }
    return run;
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
