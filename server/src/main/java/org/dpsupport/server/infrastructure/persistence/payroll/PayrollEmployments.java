package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/** The employments on an employer's payroll, as the employer's dates need them. */
@ApplicationScoped
public class PayrollEmployments {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** The day the employer's first PA on the payroll started (their pension duties start date). */
  public Optional<LocalDate> firstStart(long accountId) {
    return Optional.ofNullable(
        em.createQuery(
                "select min(m.startDate) from PaEmploymentEntity m, PayrollEmployeeEntity p where"
                    + " p.employmentId = m.id and m.accountId = :a",
                LocalDate.class)
            .setParameter("a", accountId)
            .getSingleResult());
  }
}
