package org.dpsupport.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.dpsupport.monitoring.domain.model.account.PaymentSchedule;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.application.SignInService;
import org.dpsupport.server.application.monitoring.AccountMonitoring;
import org.dpsupport.server.demo.DemoUsers.DemoUser;
import org.dpsupport.server.infrastructure.persistence.CouncilEntity;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.PayrollAgencyEntity;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Loads the demo council, agency, users and accounts once; a second start finds them and adds
 * nothing.
 */
@ApplicationScoped
public class DemoData implements DemoDataSet {

  @Override
  public int order() {
    return 0;
  }

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject SignInService signIn;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject AccountMonitoring monitoring;

  @Override
  @Transactional
  public void loadIfAbsent() {
    long existing =
        em.createQuery("select count(u) from UserAccountEntity u where u.username = :u", Long.class)
            .setParameter("u", DemoUsers.ADMIN.username())
            .getSingleResult();
    if (existing > 0) {
      LOG.info("Demo data already present");
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    CouncilEntity council = persist(new CouncilEntity("BDG", "Barking and Dagenham"));
    CouncilEntity neighbour = persist(new CouncilEntity("HAV", "Havering"));
    PayrollAgencyEntity agency = persist(new PayrollAgencyEntity("Eastbrook Payroll Services"));
    PayrollAgencyEntity otherAgency = persist(new PayrollAgencyEntity("Riverside Payroll Bureau"));
    PayrollDemoData.agencyDetails(agency, otherAgency);

    String hash = signIn.hash(DemoUsers.PASSWORD.toCharArray());
    Map<DemoUser, UserAccountEntity> users = new HashMap<>();
    for (DemoUser demo : DemoUsers.ALL) {
      Long councilId =
          demo.role() == org.dpsupport.server.security.Role.MONITORING_OFFICER
              ? council.getId()
              : null;
      Long agencyId =
          demo.role() == org.dpsupport.server.security.Role.PAYROLL_STAFF ? agency.getId() : null;
      users.put(
          demo,
          persist(
              new UserAccountEntity(
                  demo.username(),
                  demo.displayName(),
                  hash,
                  EnumSet.of(demo.role()),
                  councilId,
                  agencyId,
                  now)));
    }
    LocalDate today = LocalDate.now(clock);
    DirectPaymentAccountEntity holderAccount =
        persist(
            new DirectPaymentAccountEntity(
                "DP-BDG-0001",
                council.getId(),
                users.get(DemoUsers.HOLDER).getId(),
                agency.getId(),
                "Margaret Okafor",
                today.minusMonths(14),
                now));
    persist(
        new DirectPaymentAccountEntity(
            "DP-BDG-0002",
            council.getId(),
            users.get(DemoUsers.SECOND_HOLDER).getId(),
            otherAgency.getId(),
            "Alan Price",
            today.minusMonths(3),
            now));
    persist(
        new DirectPaymentAccountEntity(
            "DP-HAV-0001",
            neighbour.getId(),
            users.get(DemoUsers.SECOND_HOLDER).getId(),
            null,
            "Alan Price",
            today.minusMonths(30),
            now));
    // every direct payment is monitored from the day it is on record: these three from today, so
    // none owes a return it could not have sent
    monitor("DP-BDG-0001", "BDG", DemoUsers.HOLDER, "Margaret Okafor", today, true, "31200.00");
    monitor("DP-BDG-0002", "BDG", DemoUsers.SECOND_HOLDER, "Alan Price", today, true, "20800.00");
    monitor("DP-HAV-0001", "HAV", DemoUsers.SECOND_HOLDER, "Alan Price", today, false, "15600.00");
    persist(
        new PaEmploymentEntity(
            holderAccount.getId(),
            users.get(DemoUsers.PA).getId(),
            "Priya Shah",
            PayrollDemoData.PRIYA_STARTED));
    audit.record("system", "DEMO_DATA_LOADED", "Service", null, "DPS_DEMO was true at start-up");
    LOG.info("Demo data loaded: " + DemoUsers.ALL.size() + " users");
  }

  /** Monitoring of a demo account on record, paid four-weekly (a thirteenth of the budget). */
  private void monitor(
      String reference,
      String council,
      DemoUser holder,
      String name,
      LocalDate from,
      boolean bureau,
      String annualBudget) {
    BigDecimal budget = new BigDecimal(annualBudget);
    monitoring.enrol(
        SYSTEM,
        new AccountMonitoring.NewAccount(
            reference,
            council,
            holder.username(),
            name,
            from,
            bureau ? Route.MANAGED_BY_PAYROLL_AGENCY : Route.OWN_ACCOUNT,
            budget,
            budget.divide(BigDecimal.valueOf(13), 2, RoundingMode.HALF_UP),
            PaymentSchedule.FOUR_WEEKLY,
            Set.of("PA_WAGES", "PERSONAL_CARE")));
  }

  /** The demo loader acting as an administrator. */
  static final Viewer SYSTEM =
      new Viewer(0, "demo-data", Set.of(Role.ADMIN), Optional.empty(), Optional.empty());

  private <T> T persist(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }
}
