package org.dpsupport.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.account.PaymentSchedule;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.dpsupport.server.application.SignInService;
import org.dpsupport.server.application.monitoring.AccountMonitoring;
import org.dpsupport.server.application.monitoring.ReturnService;
import org.dpsupport.server.infrastructure.persistence.CouncilEntity;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.CouncilPolicyEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.PayeeRuleEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadKind;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Monitoring's demo caseload for council BDG: about 60 direct payments at every stage (new and
 * quarterly, established and annual, returns open, overdue, flagged) and monthly returns evidenced
 * with statements from the ingestion fixtures (copied into {@code demo/monitoring/}, because the
 * WAR cannot read the test-resources module), plus a second officer (council HAV) and a second
 * budget holder for trying per-record access.
 *
 * <p>Not one transaction: it goes through the real services, and an upload is kept in a transaction
 * of its own before it is read, exactly as for a person.
 */
@ApplicationScoped
public class MonitoringDemoData implements DemoDataSet {

  public static final DemoUsers.DemoUser OTHER_HOLDER =
      new DemoUsers.DemoUser("holder3@demo.dpsupport.org", "Grace Mensah", Role.BUDGET_HOLDER);

  /** The budget holder whose returns the demo (and the monitoring ITs) work with. */
  public static final DemoUsers.DemoUser RETURNS_HOLDER =
      new DemoUsers.DemoUser(
          "holder-returns@demo.dpsupport.org", "David Hughes", Role.BUDGET_HOLDER);

  public static final DemoUsers.DemoUser HAV_OFFICER =
      new DemoUsers.DemoUser(
          "officer-hav@demo.dpsupport.org", "Tom Reilly", Role.MONITORING_OFFICER);

  private static final Logger LOG = Logger.getLogger(MonitoringDemoData.class.getName());
  private static final Viewer SYSTEM =
      new Viewer(0, "demo-data", Set.of(Role.ADMIN), Optional.empty(), Optional.empty());
  private static final String[] NAMES = {
    "Okafor", "Price", "Shah", "Patel", "Jones", "Ellis", "Hughes", "Ashby", "Mensah", "Reilly",
    "Khan", "Begum", "Smith", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker"
  };

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject SignInService signIn;

  @Inject AccountMonitoring accounts;

  @Inject ReturnService returns;

  @Inject org.dpsupport.server.application.monitoring.CardService cards;

  @Inject Clock clock;

  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;

  @Inject org.dpsupport.server.application.monitoring.ReturnOpening opening;

  /** This bean through its proxy, so its own transactional steps get their transactions. */
  @Inject MonitoringDemoData self;

  @Override
  public int order() {
    return 30;
  }

  /**
   * Users and payee rules now; the caseload on a managed thread once the return scheduler runs, so
   * the application starts at once and every demo account gets its Quartz trigger.
   */
  @Override
  public void loadIfAbsent() {
    self.usersAndRules();
    self.havering();
    if (self.exists("DP-BDG-155")) {
      LOG.info("Monitoring demo data already present");
      return;
    }
    executor.submit(
        () -> {
          try {
            opening.ready().join();
            self.loadCaseload();
          } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "Monitoring demo caseload did not load", e);
          }
        });
  }

  private volatile boolean stopping;

  /** The application is stopping: the caseload loader gives up between accounts. */
  void onStop(
      @jakarta.enterprise.event.Observes
          @jakarta.enterprise.context.BeforeDestroyed(ApplicationScoped.class)
          Object ignored) {
    stopping = true;
  }

  /** About 60 accounts through the real services, each step in its own transaction. */
  public void loadCaseload() {
    LocalDate today = LocalDate.now(clock);
    int n = 0;
    // monthly returns evidenced with the fixture statements (April, May and September 2026), and a
    // scan
    n +=
        fixtureCase(
            "DP-BDG-201",
            "Mrs Margaret Ellis",
            LocalDate.of(2026, 4, 1),
            "1864.00",
            "out-and-in-columns.pdf");
    n +=
        fixtureCase(
            "DP-BDG-202",
            "Mr David Hughes",
            LocalDate.of(2026, 5, 1),
            "1250.00",
            "signed-amount-column.pdf");
    n +=
        fixtureCase(
            "DP-BDG-203",
            "Mx Jordan Ashby",
            LocalDate.of(2026, 9, 1),
            "1400.00",
            "two-line-headings.pdf");
    n +=
        fixtureCase(
            "DP-BDG-204",
            "Ms Ruth Adeyemi",
            LocalDate.of(2026, 6, 1),
            "1300.00",
            "scanned-statement.pdf");
    // established accounts (annual), new ones (quarterly), every few months of age
    for (int i = 0; i < 56 && !stopping; i++) {
      String reference = "DP-BDG-" + (100 + i);
      if (self.exists(reference)) {
        continue;
      }
      int ageMonths = 1 + (i * 7) % 40;
      String holder = "holder-bdg-" + (100 + i) + "@demo.dpsupport.org";
      BigDecimal budget = BigDecimal.valueOf(9_100 + 520L * (i % 17)).setScale(2);
      BigDecimal instalment =
          budget
              .multiply(BigDecimal.valueOf(4))
              .divide(BigDecimal.valueOf(52), 2, java.math.RoundingMode.HALF_UP);
      long id =
          accounts.enrol(
              SYSTEM,
              new AccountMonitoring.NewAccount(
                  reference,
                  "BDG",
                  holder,
                  "A. " + NAMES[i % NAMES.length],
                  today.minusMonths(ageMonths).minusDays(i % 9),
                  i % 5 == 0 ? Route.MANAGED_BY_PAYROLL_AGENCY : Route.OWN_ACCOUNT,
                  budget,
                  instalment,
                  PaymentSchedule.FOUR_WEEKLY,
                  Set.of("PERSONAL_CARE", "PA_WAGES", "TRANSPORT")));
      returns.openDueReturns(id);
      n++;
    }
    if (stopping) {
      return;
    }
    returns.applyDeadlines();
    n += cardCase();
    LOG.info("Monitoring demo data loaded: " + n + " accounts");
  }

  /** Demo users and council BDG's learned payee rules; false when they were there already. */
  @Transactional
  public boolean usersAndRules() {
    boolean present =
        !em.createNamedQuery("UserAccount.byUsername", UserAccountEntity.class)
            .setParameter("username", HAV_OFFICER.username())
            .getResultList()
            .isEmpty();
    if (present) {
      return false;
    }
    CouncilEntity bdg = council("BDG");
    CouncilEntity hav = council("HAV");
    OffsetDateTime now = OffsetDateTime.now(clock);
    String hash = signIn.hash(DemoUsers.PASSWORD.toCharArray());
    em.persist(
        new UserAccountEntity(
            OTHER_HOLDER.username(),
            OTHER_HOLDER.displayName(),
            hash,
            EnumSet.of(Role.BUDGET_HOLDER),
            null,
            null,
            now));
    em.persist(
        new UserAccountEntity(
            RETURNS_HOLDER.username(),
            RETURNS_HOLDER.displayName(),
            hash,
            EnumSet.of(Role.BUDGET_HOLDER),
            null,
            null,
            now));
    em.persist(
        new UserAccountEntity(
            HAV_OFFICER.username(),
            HAV_OFFICER.displayName(),
            hash,
            EnumSet.of(Role.MONITORING_OFFICER),
            hav.getId(),
            null,
            now));
    for (int i = 0; i < 60; i++) {
      em.persist(
          new UserAccountEntity(
              "holder-bdg-" + (100 + i) + "@demo.dpsupport.org",
              "Demo holder " + (100 + i),
              hash,
              EnumSet.of(Role.BUDGET_HOLDER),
              null,
              null,
              now));
    }
    em.persist(
        new UserAccountEntity(
            "holder-bdg-201@demo.dpsupport.org",
            "Mrs Margaret Ellis",
            hash,
            EnumSet.of(Role.BUDGET_HOLDER),
            null,
            null,
            now));
    Map<String, String> rules =
        Map.of(
            "SUNRISE HOMECARE LTD",
            "PERSONAL_CARE",
            "K WILLIAMS PA WAGES",
            "PA_WAGES",
            "WALSALL CARE SUPPLIES",
            "PERSONAL_CARE",
            "PENDERELS TRUST PAYROLL FEE",
            "PA_WAGES",
            "HMRC PAYE",
            "PA_WAGES",
            "DIAL A RIDE",
            "TRANSPORT",
            "TESCO STORES",
            "HOUSEHOLD");
    rules.forEach(
        (payee, category) ->
            em.persist(
                new PayeeRuleEntity()
                    .setCouncilId(bdg.getId())
                    .setPayee(payee)
                    .setCategory(category)
                    .setDecidedBy(DemoUsers.OFFICER.username())
                    .setDecidedAt(now)));
    return true;
  }

  /**
   * Havering's own policy (the default's settings, but a receipt or invoice is asked for every
   * payment over £100) and the payee rules its officers have taught; once, even on a database the
   * demo users were loaded into before this policy existed.
   */
  @Transactional
  public void havering() {
    CouncilEntity hav = council("HAV");
    boolean present =
        !em.createQuery("select p.id from CouncilPolicyEntity p where p.councilId = :c", Long.class)
            .setParameter("c", hav.getId())
            .getResultList()
            .isEmpty();
    if (present) {
      return;
    }
    CouncilPolicyEntity d =
        em.createQuery(
                "select p from CouncilPolicyEntity p where p.councilId is null",
                CouncilPolicyEntity.class)
            .getSingleResult();
    em.persist(
        new CouncilPolicyEntity()
            .setCouncilId(hav.getId())
            .setContingencyWeeks(d.getContingencyWeeks())
            .setDaysToSubmit(d.getDaysToSubmit())
            .setReminderDaysBefore(d.getReminderDaysBefore())
            .setDeclaredToleranceAmount(d.getDeclaredToleranceAmount())
            .setDeclaredTolerancePercent(d.getDeclaredTolerancePercent())
            .setPayrollCategory(d.getPayrollCategory())
            .setReceiptRequiredAbove(Money.of("100.00"))
            .setReceiptDays(d.getReceiptDays())
            .setInvoiceDays(d.getInvoiceDays())
            .setEventReviewDays(d.getEventReviewDays())
            .setReviewConcerns(d.getReviewConcerns()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    Map.of("SUNRISE HOMECARE LTD", "PERSONAL_CARE", "BRIGHTSIDE HOME CARE", "PERSONAL_CARE")
        .forEach(
            (payee, category) ->
                em.persist(
                    new PayeeRuleEntity()
                        .setCouncilId(hav.getId())
                        .setPayee(payee)
                        .setCategory(category)
                        .setDecidedBy(HAV_OFFICER.username())
                        .setDecidedAt(now)));
  }

  CouncilEntity council(String code) {
    return em.createQuery("select c from CouncilEntity c where c.code = :c", CouncilEntity.class)
        .setParameter("c", code)
        .getSingleResult();
  }

  /**
   * A direct payment on a Clearcard prepaid card with April 2026's card file imported: the
   * council's loads found, care, travel and activities in the plan, a cash machine withdrawal
   * flagged.
   */
  private int cardCase() {
    String reference = "DP-BDG-301";
    if (stopping || self.exists(reference)) {
      return 0;
    }
    long id =
        accounts.enrol(
            SYSTEM,
            new AccountMonitoring.NewAccount(
                reference,
                "BDG",
                "holder3@demo.dpsupport.org",
                "Mr Samuel Okafor",
                LocalDate.of(2026, 4, 1),
                Route.PREPAID_CARD,
                new BigDecimal("15600.00"),
                new BigDecimal("1200.00"),
                PaymentSchedule.FOUR_WEEKLY,
                Set.of("PERSONAL_CARE", "TRANSPORT", "DAY_ACTIVITIES")));
    Viewer officer = self.officerOf("BDG");
    cards.recordCard(officer, id, "clearcard", "C-0048213");
    cards.importFile(officer, id, CARD_FILE, bytes(CARD_FILE));
    return 1;
  }

  private static final String CARD_FILE = "clearcard-april-2026.csv";

  /** A monthly account whose one return has a fixture statement uploaded and the return sent. */
  private int fixtureCase(
      String reference, String name, LocalDate month, String instalment, String pdf) {
    if (stopping || self.exists(reference)) {
      return 0;
    }
    String holder =
        reference.equals("DP-BDG-201")
            ? "holder-bdg-201@demo.dpsupport.org"
            : RETURNS_HOLDER.username();
    long id =
        accounts.enrol(
            SYSTEM,
            new AccountMonitoring.NewAccount(
                reference,
                "BDG",
                holder,
                name,
                month,
                Route.OWN_ACCOUNT,
                new BigDecimal(instalment).multiply(BigDecimal.valueOf(13)),
                new BigDecimal(instalment),
                PaymentSchedule.FOUR_WEEKLY,
                Set.of("PERSONAL_CARE", "PA_WAGES")));
    accounts.override(
        self.officerOf("BDG"),
        id,
        ReturnFrequency.MONTHLY,
        "Demo: monthly returns while a concern is looked into");
    returns.openDueReturns(id);
    long returnId = self.returnOf(id, month);
    Viewer holderViewer = self.viewerOf(holder);
    returns.upload(holderViewer, returnId, UploadKind.STATEMENT, pdf, bytes(pdf));
    returns.submit(
        holderViewer,
        returnId,
        Map.of("PERSONAL_CARE", new BigDecimal("250.00"), "PA_WAGES", new BigDecimal("1500.00")),
        true);
    return 1;
  }

  @Transactional
  public boolean exists(String reference) {
    return !em.createQuery(
            "select a.id from DirectPaymentAccountEntity a where a.reference = :r", Long.class)
        .setParameter("r", reference)
        .getResultList()
        .isEmpty();
  }

  @Transactional
  public long returnOf(long id, LocalDate month) {
    return em.createQuery(
            "select r.id from ReturnEntity r where r.accountId = :a and r.periodStart = :s",
            Long.class)
        .setParameter("a", id)
        .setParameter("s", month)
        .getSingleResult();
  }

  @Transactional
  public Viewer viewerOf(String username) {
    return em.createNamedQuery("UserAccount.byUsername", UserAccountEntity.class)
        .setParameter("username", username)
        .getSingleResult()
        .asViewer();
  }

  @Transactional
  public Viewer officerOf(String code) {
    return new Viewer(
        0,
        DemoUsers.OFFICER.username(),
        Set.of(Role.MONITORING_OFFICER),
        Optional.of(council(code).getId()),
        Optional.empty());
  }

  private static byte[] bytes(String pdf) {
    try (InputStream in = MonitoringDemoData.class.getResourceAsStream("/demo/monitoring/" + pdf)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
