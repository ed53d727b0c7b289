package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

  public Started started(long bureauRunId) {
    BureauRunEntity run = em.find(BureauRunEntity.class, bureauRunId);
    return new Started(run.getStartedBy(), YearMonth.from(run.getPeriodStart()));
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
                    + " 'FINALISED' order by r.paymentDate desc",
                LocalDate.class)
            .setParameter("agency", agencyId)
            .setMaxResults(1)
            .getResultList();
    return latest.stream().findFirst();
  }
}
