package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What the bureau pay day's chunk transaction needs from persistence: the run it pays for, and a
 * way to write out one employer's work and let go of it before the next employer is read.
 */
@ApplicationScoped
public class BureauRunWork {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** Who started a bureau run, and the month it pays. */
  public record Started(String by, YearMonth month) {}

  /**
   * The run a chunk pays for, and the chunk's transaction set to write its changes only when {@link
   * #writeOutAndForget} says so (or at commit), not before every query: an employer's queries read
   * only what other transactions committed and the rows its own pay run inserted at the start, so
   * writing the half-worked run out before them would only update {@code pay_run} a second time
   * (and, since the row is this transaction's own, check its foreign keys again).
   */
  public Started started(long bureauRunId) {
    em.setFlushMode(FlushModeType.COMMIT);
    BureauRunEntity run = em.find(BureauRunEntity.class, bureauRunId);
    return new Started(run.getStartedBy(), YearMonth.from(run.getPeriodStart()));
  }

  /**
   * Puts the chunk's transaction back to writing its changes before each query, so an entity
   * manager the container pools and hands to another transaction behaves as everywhere else.
   */
  public void finished() {
    em.setFlushMode(FlushModeType.AUTO);
  }

  /**
   * Sends what the transaction has changed so far to the database (still uncommitted) and forgets
   * the entities read, so a transaction paying many employers holds one employer's at a time.
   */
  public void writeOutAndForget() {
    em.flush();
    em.clear();
  }

  /**
   * The pay day of the agency's newest finalised run, read along the pay-day index (the pay-day
   * form's default month is the month after it).
   */
  public Optional<LocalDate> latestFinalisedPayDay(long agencyId) {
    List<LocalDate> latest =
        em.createQuery(
                "select r.paymentDate from PayRunEntity r, DirectPaymentAccountEntity a"
                    + " where r.accountId = a.id and a.agencyId = :agency and r.status ="
                    + " org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED order by r.paymentDate desc",
                LocalDate.class)
            .setParameter("agency", agencyId)
            .setMaxResults(1)
            .getResultList();
    return latest.stream().findFirst();
  }
}
