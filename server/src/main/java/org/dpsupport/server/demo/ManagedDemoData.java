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
 * Managed (invoice agency) accounts: Northgate Care Accounts, an invoice agency with its own Bacs
 * service user number, client account and staff sign-in (agency0141@), manages two direct payments
 * of the council BDG since the first of the month two months ago, the council paying £1,500.00 in
 * on the first of each month:
 *
 * <ul>
 *   <li>DP-BDG-0141, Grace Adebayo (client0141@): she approves each invoice; no provider yet (the
 *       managed-account IT records them);
 *   <li>DP-BDG-0142, Thomas Reid (client0142@): no approval needed; Meadow Home Care at £24.50 an
 *       hour for 10 hours a week, with last month's invoice to pay;
 *   <li>DP-BDG-0143, Ruth Okonjo (client0143@): she approves each invoice; no provider yet (the
 *       managed-account IT's browser journey records them);
 *   <li>DP-BDG-0144, Edna Walsh (client0144@), whose son Sean Walsh (nominee0144@) is her nominee
 *       and approves her invoices on her behalf: Hillside Home Care (remittance advices e-mailed)
 *       with the invoices of the last two months waiting for approval;
 *   <li>DP-BDG-0147, Aisha Karim (client0147@): no approval needed; Northgate also runs the payroll
 *       of the PA she employs (the managed-account payroll IT sets it up), so a finalised pay run's
 *       wages are posted to her ledger.
 * </ul>
 */
@ApplicationScoped
public class ManagedDemoData implements DemoDataSet {

  private static final Logger LOG = Logger.getLogger(ManagedDemoData.class.getName());

  public static final String AGENCY = "Northgate Care Accounts";
  public static final String AGENCY_SUN = "419876";
  public static final String AGENCY_STAFF = "agency0141@demo.dpsupport.org";
  public static final String CLIENT = "DP-BDG-0141";
  public static final String CLIENT_HOLDER = "client0141@demo.dpsupport.org";
  public static final String SECOND_CLIENT = "DP-BDG-0142";
  public static final String SECOND_HOLDER = "client0142@demo.dpsupport.org";
  public static final String THIRD_CLIENT = "DP-BDG-0143";
  public static final String THIRD_HOLDER = "client0143@demo.dpsupport.org";
  public static final String NOMINEE_CLIENT = "DP-BDG-0144";
  public static final String NOMINEE_CLIENT_HOLDER = "client0144@demo.dpsupport.org";

  /** Edna Walsh's son, her nominee: he signs in as himself and approves her care invoices. */
  public static final String NOMINEE = "nominee0144@demo.dpsupport.org";

  public static final String PAYROLL_CLIENT = "DP-BDG-0147";
  public static final String PAYROLL_CLIENT_HOLDER = "client0147@demo.dpsupport.org";

  /** Where Meadow Home Care's remittance advices are e-mailed. */
  public static final String MEADOW_EMAIL = "accounts@meadowhomecare.example.org";

  /** Where Hillside Home Care's remittance advices are e-mailed. */
  public static final String HILLSIDE_EMAIL = "remittances@hillsidehomecare.example.org";

  /** What the council pays in each month. */
  public static final BigDecimal MONTHLY = new BigDecimal("1500.00");

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject SignInService signIn;

  @Inject AccountMonitoring monitoring;

  @Inject ManagedAccountService managed;

  @Inject Clock clock;

  @Override
  public int order() {
    return 40;
  }

  @Override
  @Transactional
  public void loadIfAbsent() {
    long existing =
        em.createQuery("select count(u) from UserAccountEntity u where u.username = :u", Long.class)
            .setParameter("u", AGENCY_STAFF)
            .getSingleResult();
    if (existing > 0) {
      LOG.info("Managed-account demo data already present");
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    LocalDate today = LocalDate.now(clock);
    LocalDate start = today.withDayOfMonth(1).minusMonths(2);
    String hash = signIn.hash(DemoUsers.PASSWORD.toCharArray());
    long council =
        em.createQuery(
                "select a.councilId from DirectPaymentAccountEntity a where a.reference = :r",
                Long.class)
            .setParameter("r", "DP-BDG-0001")
            .getSingleResult();
    PayrollAgencyEntity agency = persist(new PayrollAgencyEntity(AGENCY));
    agency.setBacsServiceUserNumber(AGENCY_SUN);
    UserAccountEntity staff =
        persist(
            new UserAccountEntity(
                AGENCY_STAFF,
                "Omar Haddad",
                hash,
                EnumSet.of(Role.PAYROLL_STAFF),
                null,
                agency.getId(),
                now));
    Viewer agencyViewer =
        new Viewer(
            staff.getId(),
            AGENCY_STAFF,
            Set.of(Role.PAYROLL_STAFF),
            Optional.empty(),
            Optional.of(agency.getId()));
    Viewer officer =
        new Viewer(
            0,
            "demo-data",
            Set.of(Role.MONITORING_OFFICER),
            Optional.of(council),
            Optional.empty());
    managed.recordClientAccount(agencyViewer, AGENCY + " client account", "18-00-02", "98093517");
    long first = client(CLIENT, CLIENT_HOLDER, "Grace Adebayo", council, agency, start, hash, now);
    managed.manage(officer, first, true, start);
    long second =
        client(SECOND_CLIENT, SECOND_HOLDER, "Thomas Reid", council, agency, start, hash, now);
    managed.manage(officer, second, false, start);
    long third =
        client(THIRD_CLIENT, THIRD_HOLDER, "Ruth Okonjo", council, agency, start, hash, now);
    managed.manage(officer, third, true, start);
    long fourth =
        client(
            NOMINEE_CLIENT, NOMINEE_CLIENT_HOLDER, "Edna Walsh", council, agency, start, hash, now);
    UserAccountEntity nominee =
        persist(
            new UserAccountEntity(
                NOMINEE, "Sean Walsh", hash, EnumSet.of(Role.BUDGET_HOLDER), null, null, now));
    em.createQuery("update DirectPaymentAccountEntity a set a.nomineeUserId = :n where a.id = :a")
        .setParameter("n", nominee.getId())
        .setParameter("a", fourth)
        .executeUpdate();
    managed.manage(officer, fourth, true, start);
    long fifth =
        client(
            PAYROLL_CLIENT,
            PAYROLL_CLIENT_HOLDER,
            "Aisha Karim",
            council,
            agency,
            start,
            hash,
            now);
    managed.manage(officer, fifth, false, start);
    for (long account : new long[] {first, second, third, fourth, fifth}) {
      for (LocalDate d = start; !d.isAfter(today); d = d.plusMonths(1)) {
        managed.recordEntry(
            agencyViewer, account, "COUNCIL_PAYMENT", d, MONTHLY, "Council payment");
      }
    }
    ManagedAccountService.ProviderView meadow =
        managed.addProvider(
            agencyViewer,
            second,
            new ManagedAccountService.NewProvider(
                "Meadow Home Care",
                "18-00-02",
                "00000190",
                null,
                new BigDecimal("24.50"),
                new BigDecimal("10"),
                MEADOW_EMAIL));
    LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
    managed.submitInvoice(
        agencyViewer,
        second,
        new ManagedAccountService.NewInvoice(
            meadow.id(),
            "INVOICE",
            "MHC-" + lastMonth.getYear() + "-" + lastMonth.getMonthValue(),
            lastMonth,
            lastMonth.plusMonths(1).minusDays(1),
            new BigDecimal("40"),
            new BigDecimal("24.50"),
            new BigDecimal("980.00"),
            null));
    ManagedAccountService.ProviderView hillside =
        managed.addProvider(
            agencyViewer,
            fourth,
            new ManagedAccountService.NewProvider(
                "Hillside Home Care",
                "18-00-02",
                "00000190",
                null,
                new BigDecimal("22.00"),
                new BigDecimal("8"),
                HILLSIDE_EMAIL));
    for (LocalDate month : new LocalDate[] {lastMonth.minusMonths(1), lastMonth}) {
      managed.submitInvoice(
          agencyViewer,
          fourth,
          new ManagedAccountService.NewInvoice(
              hillside.id(),
              "INVOICE",
              "HHC-" + month.getYear() + "-" + month.getMonthValue(),
              month,
              month.plusMonths(1).minusDays(1),
              new BigDecimal("30"),
              new BigDecimal("22.00"),
              new BigDecimal("660.00"),
              null));
    }
    LOG.info("Managed-account demo data loaded: 5 accounts of " + AGENCY);
  }

  private long client(
      String reference,
      String holderName,
      String name,
      long council,
      PayrollAgencyEntity agency,
      LocalDate start,
      String hash,
      OffsetDateTime now) {
    UserAccountEntity holder =
        persist(
            new UserAccountEntity(
                holderName, name, hash, EnumSet.of(Role.BUDGET_HOLDER), null, null, now));
    DirectPaymentAccountEntity account =
        persist(
            new DirectPaymentAccountEntity(
                reference, council, holder.getId(), agency.getId(), name, start, now));
    BigDecimal annual = MONTHLY.multiply(BigDecimal.valueOf(12));
    monitoring.enrol(
        new Viewer(0, "demo-data", Set.of(Role.ADMIN), Optional.empty(), Optional.empty()),
        new AccountMonitoring.NewAccount(
            reference,
            "BDG",
            holderName,
            name,
            start,
            Route.MANAGED_BY_PAYROLL_AGENCY,
            annual,
            annual.divide(BigDecimal.valueOf(13), 2, RoundingMode.HALF_UP),
            PaymentSchedule.FOUR_WEEKLY,
            Set.of("PERSONAL_CARE")));
    return account.getId();
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }
}
