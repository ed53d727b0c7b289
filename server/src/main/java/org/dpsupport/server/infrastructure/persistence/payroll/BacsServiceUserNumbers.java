package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The Bacs service user number a direct-payment account's wages are submitted under: that of the
 * payroll agency running its payroll (a bureau submits as a Bacs Approved Bureau under its own
 * number), from {@code payroll_agency.bacs_service_user_number}.
 */
@ApplicationScoped
public class BacsServiceUserNumbers {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** The number, or empty when the account has no agency or the agency has not given one. */
  public Optional<String> forAccount(long accountId) {
    List<String> found =
        em.createQuery(
                "select g.bacsServiceUserNumber from DirectPaymentAccountEntity a,"
                    + " PayrollAgencyEntity g where a.id = :a and g.id = a.agencyId",
                String.class)
            .setParameter("a", accountId)
            .getResultList();
    return found.stream().filter(n -> n != null && !n.isBlank()).findFirst();
  }
}
