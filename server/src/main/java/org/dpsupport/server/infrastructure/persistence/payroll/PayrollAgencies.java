package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What payroll needs to know about the agency that runs a direct-payment account's payroll. */
@ApplicationScoped
public class PayrollAgencies {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** Whether the account's payroll agency is VAT-registered, so charges VAT on its fee. */
  public boolean chargesVat(long accountId) {
    return !em.createQuery(
            "select g.id from DirectPaymentAccountEntity a, PayrollAgencyEntity g"
                + " where a.id = :a and g.id = a.agencyId and g.vatRegistered = true",
            Long.class)
        .setParameter("a", accountId)
        .getResultList()
        .isEmpty();
  }
}
