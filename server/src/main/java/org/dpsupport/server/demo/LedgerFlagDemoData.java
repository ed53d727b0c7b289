package org.dpsupport.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.dpsupport.monitoring.domain.model.account.PaymentSchedule;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.server.application.SignInService;
import org.dpsupport.server.application.monitoring.AccountMonitoring;
import org.dpsupport.server.application.monitoring.ManagedAccountService;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PayrollAgencyEntity;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * A quiet managed account for the ledger-flag IT to disturb: DP-BDG-0146, Amira Haddad
 * (client0146@), whose direct payment started two years ago (so no new-account rule rates it) and
 * which Northgate Care Accounts has managed for the last week, the council having paid in £400.00
 * yesterday: within the £800.00 contingency, nothing owed, so its ledger raises no flag, it is not
 * in the officer's queue, and it is rated for annual monitoring.
 */
@ApplicationScoped
public class LedgerFlagDemoData implements DemoDataSet {

  private static final Logger LOG = Logger.getLogger(LedgerFlagDemoData.class.getName());

  public static final String CLIENT = "DP-BDG-0146";
  public static final String CLIENT_HOLDER = "client0146@demo.dpsupport.org";
  public static final String NAME = "Amira Haddad";
  public static final BigDecimal ANNUAL = new BigDecimal("5200.00");
  public static final BigDecimal PAID_IN = new BigDecimal("400.00");

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject SignInService signIn;

  @Inject AccountMonitoring monitoring;

  @Inject ManagedAccountService managed;

  @Inject Clock clock;

  @Override
  public int order() {
    return 41;
  }

  @Override
  @Transactional
  public void loadIfAbsent() {
    boolean present =
        em.createQuery("select count(u) from UserAccountEntity u where u.username = :u", Long.class)
                .setParameter("u", CLIENT_HOLDER)
                .getSingleResult()
            > 0;
    Optional<PayrollAgencyEntity> agency =
        em.createQuery(
                "select a from PayrollAgencyEntity a where a.name = :n", PayrollAgencyEntity.class)
            .setParameter("n", ManagedDemoData.AGENCY)
            .getResultStream()
            .findFirst();
    if (present || agency.isEmpty()) {
      LOG.info("Ledger-flag demo account already present (or no managing agency)");
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    LocalDate today = LocalDate.now(clock);
    LocalDate start = today.minusYears(2).withDayOfMonth(1);
    long council =
        em.createQuery(
                "select a.councilId from DirectPaymentAccountEntity a where a.reference = :r",
                Long.class)
            .setParameter("r", "DP-BDG-0001")
            .getSingleResult();
    UserAccountEntity holder =
        new UserAccountEntity(
            CLIENT_HOLDER,
            NAME,
            signIn.hash(DemoUsers.PASSWORD.toCharArray()),
            EnumSet.of(Role.BUDGET_HOLDER),
            null,
            null,
            now);
    em.persist(holder);
    em.flush();
    DirectPaymentAccountEntity account =
        new DirectPaymentAccountEntity(
            CLIENT, council, holder.getId(), agency.get().getId(), NAME, start, now);
    em.persist(account);
    em.flush();
    monitoring.enrol(
        new Viewer(0, "demo-data", Set.of(Role.ADMIN), Optional.empty(), Optional.empty()),
        new AccountMonitoring.NewAccount(
            CLIENT,
            "BDG",
            CLIENT_HOLDER,
            NAME,
            start,
            Route.MANAGED_BY_PAYROLL_AGENCY,
            ANNUAL,
            new BigDecimal("400.00"),
            PaymentSchedule.FOUR_WEEKLY,
            Set.of("PERSONAL_CARE")));
    Viewer officer =
        new Viewer(
            0,
            "demo-data",
            Set.of(Role.MONITORING_OFFICER),
            Optional.of(council),
            Optional.empty());
    managed.manage(officer, account.getId(), false, today.minusDays(7));
    long staffId =
        em.createQuery("select u.id from UserAccountEntity u where u.username = :u", Long.class)
            .setParameter("u", ManagedDemoData.AGENCY_STAFF)
            .getSingleResult();
    Viewer agencyStaff =
        new Viewer(
            staffId,
            ManagedDemoData.AGENCY_STAFF,
            Set.of(Role.PAYROLL_STAFF),
            Optional.empty(),
            Optional.of(agency.get().getId()));
    managed.recordEntry(
        agencyStaff,
        account.getId(),
        "COUNCIL_PAYMENT",
        today.minusDays(1),
        PAID_IN,
        "Council payment");
    LOG.info("Ledger-flag demo account loaded: " + CLIENT);
  }
}
