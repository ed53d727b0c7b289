package org.dpsupport.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.dpsupport.monitoring.domain.model.account.PaymentSchedule;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.dpsupport.payroll.domain.model.bank.ModulusResult;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.model.employer.AccountsOfficeReference;
import org.dpsupport.payroll.domain.model.remittance.RemittanceKind;
import org.dpsupport.payroll.domain.model.remittance.RemittancePayment;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.YearEnd;
import org.dpsupport.payroll.domain.service.ModulusChecker;
import org.dpsupport.server.application.SignInService;
import org.dpsupport.server.application.monitoring.AccountMonitoring;
import org.dpsupport.server.application.payroll.EmployerService;
import org.dpsupport.server.application.payroll.EmployerService.EmployerSetup;
import org.dpsupport.server.application.payroll.EmployerService.StarterChecklist;
import org.dpsupport.server.application.payroll.PayRunService;
import org.dpsupport.server.application.payroll.RemittanceService;
import org.dpsupport.server.application.payroll.TimesheetService;
import org.dpsupport.server.application.payroll.TimesheetService.ShiftEntry;
import org.dpsupport.server.application.payroll.YearEndService;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.PayrollAgencyEntity;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployerEntity;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * The demo bureau: Eastbrook Payroll Services with 18 employers and about 35 PAs across the cases
 * (new starters, insurance expiring and lapsed, pay below the minimum wage, a nominee acting, a
 * student loan, a second job on BR, a net-pay pension, sleep-ins, nights and weekends, quarterly
 * PAYE), nine accounts awaiting set-up, and Riverside Payroll Bureau with one employer and its own
 * staff member. October 2026 is paid and finalised, and its PAYE and pension contributions are
 * recorded as paid over once due, except HMRC for {@link #HMRC_UNPAID} (a case for the monitoring
 * officer) and the quarterly employer's HMRC, not due until January; November's timesheets are in,
 * mostly approved. Everything goes through the same services the pages use.
 */
@ApplicationScoped
public class PayrollDemoData implements DemoDataSet {

  private static final Logger LOG = Logger.getLogger(PayrollDemoData.class.getName());
  public static final String SECOND_AGENCY_STAFF = "payroll2@demo.dpsupport.org";

  /** The demo bureaux' Bacs service user numbers. */
  public static final String EASTBROOK_SUN = "412345";

  public static final String RIVERSIDE_SUN = "417263";

  /** The year-end IT's own client awaiting set-up, its holder and its PA (with a sign-in). */
  public static final String YEAR_END_CLIENT = "DP-BDG-0140";

  public static final String YEAR_END_HOLDER = "newclient40@demo.dpsupport.org";

  public static final String YEAR_END_PA = "yearendpa@demo.dpsupport.org";

  /**
   * The leaving-and-holiday IT's own client awaiting set-up (DP-BDG-0145), its holder and its PA
   * Sam Okafor (with a sign-in), who has worked for them since 3 August 2026.
   */
  public static final String LEAVER_CLIENT = "DP-BDG-0145";

  public static final String LEAVER_HOLDER = "newclient45@demo.dpsupport.org";

  public static final String LEAVER_PA = "leaverpa@demo.dpsupport.org";

  /** The month every demo employer has been paid for (a finalised run each). */
  public static final YearMonth PAID = YearMonth.of(2026, 10);

  static final YearMonth OPEN = YearMonth.of(2026, 11);

  /**
   * Priya Shah (pa@) has worked for Margaret Okafor since 1 December 2025. December 2025 to March
   * 2026 are paid and finalised as well as October 2026 (she took a break from April to September),
   * so her 2025-26 P60 and her holiday come from stored pay runs.
   */
  public static final LocalDate PRIYA_STARTED = LocalDate.of(2025, 12, 1);

  /** Priya's months paid in the 2025-26 tax year. */
  public static final List<YearMonth> PRIYA_2025_26 =
      List.of(
          YearMonth.of(2025, 12),
          YearMonth.of(2026, 1),
          YearMonth.of(2026, 2),
          YearMonth.of(2026, 3));

  /**
   * Employers whose October PAYE the agency has not recorded as paid to HMRC: overdue from 23
   * November 2026.
   */
  public static final List<String> HMRC_UNPAID = List.of("DP-BDG-0209", "DP-BDG-0217");

  /**
   * The council brought the bureau's employers (DP-BDG-0201 on) into monitoring on this day, a
   * quarter before October's PAYE fell due: a quarterly account's first return covers October's pay
   * day and HMRC's 22 November deadline, and opened on 23 November. Established accounts with no
   * concern are rated annual, so their first return is a year away.
   */
  public static final LocalDate MONITORED_FROM = PAID.plusMonths(1).atDay(23).minusMonths(3);

  /**
   * An employer the officer asked for quarterly returns in its first year on the bureau's payroll
   * (the agency has recorded its HMRC payment, so no rule would).
   */
  public static final String QUARTERLY_BY_OFFICER = "DP-BDG-0215";

  private static final String[] FORENAMES = {
    "Tom",
    "Amara",
    "Jack",
    "Chloe",
    "Kwame",
    "Sofia",
    "Daniel",
    "Aisha",
    "Oliver",
    "Grace",
    "Mohammed",
    "Ella",
    "Samuel",
    "Zara",
    "Lewis",
    "Fatima",
    "Ryan",
    "Megan",
    "Tunde",
    "Holly",
    "Adam",
    "Leah",
    "Josh",
    "Nadia",
    "Callum",
    "Ruby",
    "Ibrahim",
    "Jade",
    "Ethan",
    "Maya",
    "Ben",
    "Lily",
    "Kofi",
    "Erin",
    "Joy"
  };
  private static final String[] SURNAMES = {
    "Baker", "Okoro", "Wilson", "Evans", "Mensah", "Rossi", "Hughes", "Khan", "Turner", "Mensah",
    "Ali", "Wright", "Adeyemi", "Hussain", "Clarke", "Begum", "Moore", "Price", "Bello", "Green",
    "Shaw", "Cohen", "Hall", "Malik", "Reid", "Walsh", "Yusuf", "Kerr", "Lowe", "Patel", "Ward",
    "Young", "Boateng", "Doyle", "Adeyemi"
  };
  private static final String[] EMPLOYERS = {
    "Winifred Hale",
    "George Obi",
    "Patricia Lund",
    "Rashid Ahmed",
    "Doreen Marsh",
    "Colin Faraday",
    "Agnes Mwangi",
    "Harold Finch",
    "Josephine Akin",
    "Stanley Cole",
    "Irene Vaughn",
    "Desmond Bright",
    "Marjorie Stokes",
    "Vikram Rao",
    "Edna Whitlock",
    "Clifford Ayodele",
    "Beryl Thornton"
  };
  private static final String[] PREFIXES = {
    "AB", "CE", "JK", "LM", "NP", "RS", "TW", "HZ", "GH", "EA", "WP", "YL"
  };

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject SignInService signIn;

  @Inject EmployerService employers;

  @Inject TimesheetService timesheets;

  @Inject PayRunService payRuns;

  @Inject YearEndService yearEnd;

  @Inject RemittanceService remittances;

  @Inject Clock clock;

  @Inject AccountMonitoring monitoring;

  /** A bureau employer's account as monitoring is told of it. */
  private record Monitored(String reference, String holder, String name, BigDecimal monthly) {}

  private int paNumber;

  @Override
  public int order() {
    return 20;
  }

  @Override
  @Transactional
  public void loadIfAbsent() {
    long existing =
        em.createQuery("select count(u) from UserAccountEntity u where u.username = :u", Long.class)
            .setParameter("u", SECOND_AGENCY_STAFF)
            .getSingleResult();
    if (existing > 0) {
      LOG.info("Payroll demo data already present");
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    String hash = signIn.hash(DemoUsers.PASSWORD.toCharArray());
    PayrollAgencyEntity eastbrook = agency("Eastbrook Payroll Services");
    PayrollAgencyEntity riverside = agency("Riverside Payroll Bureau");
    // each bureau submits its employers' wages to Bacs under its own service user number
    eastbrook.setBacsServiceUserNumber(EASTBROOK_SUN);
    riverside.setBacsServiceUserNumber(RIVERSIDE_SUN);
    UserAccountEntity staff = user(DemoUsers.PAYROLL.username());
    Viewer agencyViewer =
        new Viewer(
            staff.getId(),
            staff.getUsername(),
            Set.of(Role.PAYROLL_STAFF),
            Optional.empty(),
            Optional.of(eastbrook.getId()));
    UserAccountEntity riversideStaff =
        persist(
            new UserAccountEntity(
                SECOND_AGENCY_STAFF,
                "Rosa Lim",
                hash,
                EnumSet.of(Role.PAYROLL_STAFF),
                null,
                riverside.getId(),
                now));
    Viewer riversideViewer =
        new Viewer(
            riversideStaff.getId(),
            SECOND_AGENCY_STAFF,
            Set.of(Role.PAYROLL_STAFF),
            Optional.empty(),
            Optional.of(riverside.getId()));
    DirectPaymentAccountEntity okafor = account("DP-BDG-0001");
    long council = okafor.getCouncilId();
    LocalDate today = LocalDate.now(clock);
    List<Long> eastbrookEmployers = new ArrayList<>();
    List<Monitored> toMonitor = new ArrayList<>();

    // Margaret Okafor (holder@) employs Priya Shah (pa@) and Tom Baker
    setUp(
        agencyViewer, okafor.getId(), "Margaret Okafor", 0, true, today.plusMonths(7), null, false);
    PaEmploymentEntity priya =
        em.createQuery(
                "select m from PaEmploymentEntity m where m.accountId = :a",
                PaEmploymentEntity.class)
            .setParameter("a", okafor.getId())
            .getResultList()
            .get(0);
    employers.onboard(
        agencyViewer,
        okafor.getId(),
        checklist(
            priya.getId(),
            null,
            "Priya",
            "Shah",
            LocalDate.of(1990, 3, 14),
            "F",
            "A",
            null,
            null,
            "12.90",
            "RELIEF_AT_SOURCE",
            "5",
            "3"));
    long tom =
        employers
            .onboard(
                agencyViewer,
                okafor.getId(),
                checklist(
                    null,
                    LocalDate.of(2026, 6, 1),
                    "Tom",
                    "Baker",
                    LocalDate.of(2001, 7, 2),
                    "M",
                    "B",
                    null,
                    null,
                    "12.71",
                    null,
                    null,
                    null))
            .getEmploymentId();
    Viewer margaret = holderViewer(okafor.getHolderUserId(), DemoUsers.HOLDER.username());
    // Tom works fixed hours (holiday: 5.6 weeks of his usual weekly hours, pro rata); Priya
    // irregular hours (12.07% of the hours she works)
    em.createQuery(
            "update PayrollEmployeeEntity e set e.irregularHours = false where e.employmentId = :e")
        .setParameter("e", tom)
        .executeUpdate();
    for (YearMonth month : PRIYA_2025_26) {
      var sheet =
          timesheets.submit(
              margaret,
              priya.getId(),
              month.atDay(1),
              month.atEndOfMonth(),
              shifts(month, 6, Shape.DAYS),
              month.equals(YearMonth.of(2026, 2)) ? new BigDecimal("12.00") : null);
      timesheets.approve(margaret, sheet.id(), null);
      payRuns.payForBureau(null, DemoUsers.PAYROLL.username(), okafor.getId(), month);
      paidOver(agencyViewer, okafor.getId(), today, month);
    }
    // the April year-end job has given Priya her 2025-26 P60 (in post on 5 April 2026)
    TaxYear ended = YearEnd.lastEnded(today);
    if (ended.equals(TaxYear.parse("2025-26"))) {
      yearEnd.makeP60s("year-end job", okafor.getId(), ended);
    }
    paidMonth(margaret, priya.getId(), 7, Shape.DAYS);
    paidMonth(margaret, tom, 4, Shape.WEEKENDS);
    eastbrookEmployers.add(okafor.getId());

    for (int i = 0; i < EMPLOYERS.length; i++) {
      String username = String.format("employer%02d@demo.dpsupport.org", i + 1);
      UserAccountEntity holder =
          persist(
              new UserAccountEntity(
                  username, EMPLOYERS[i], hash, EnumSet.of(Role.BUDGET_HOLDER), null, null, now));
      DirectPaymentAccountEntity a =
          persist(
              new DirectPaymentAccountEntity(
                  String.format("DP-BDG-02%02d", i + 1),
                  council,
                  holder.getId(),
                  eastbrook.getId(),
                  EMPLOYERS[i],
                  LocalDate.of(2024, 1 + i % 12, 1),
                  now));
      toMonitor.add(
          new Monitored(
              a.getReference(), username, EMPLOYERS[i], BigDecimal.valueOf(2600 + (i + 1) * 150L)));
      LocalDate insurance =
          i == 3 ? today.plusDays(12) : i == 4 ? today.minusDays(20) : today.plusMonths(3 + i % 9);
      setUp(
          agencyViewer,
          a.getId(),
          EMPLOYERS[i],
          i + 1,
          i % 5 != 0,
          insurance,
          i == 6 ? "Grace Mensah (daughter, nominee)" : null,
          i == 13);
      Viewer holderViewer = holderViewer(holder.getId(), username);
      int pas = i % 3 == 0 ? 3 : i % 3 == 1 ? 1 : 2;
      for (int p = 0; p < pas; p++) {
        if (i == 9 && p == 1) {
          persist(
              new PaEmploymentEntity(
                  a.getId(), null, name(), today.minusDays(5))); // checklist to do
          continue;
        }
        String[] who = nextName();
        String rate = i == 5 ? "9.50" : "12." + (60 + (i * 7 + p * 3) % 40);
        long employment =
            employers
                .onboard(
                    agencyViewer,
                    a.getId(),
                    checklist(
                        null,
                        LocalDate.of(2025, 1 + (i + p) % 12, 6),
                        who[0],
                        who[1],
                        LocalDate.of(1966 + (i * 5 + p * 11) % 40, 1 + p * 4, 3 + i),
                        p % 2 == 0 ? "F" : "M",
                        i == 8 && p == 0 ? "C" : "A",
                        i == 7 && p == 0 ? "PLAN_2" : null,
                        null,
                        rate,
                        i == 9 ? "NET_PAY" : (p == 0 ? "RELIEF_AT_SOURCE" : null),
                        "5",
                        "3"))
                .getEmploymentId();
        Shape shape =
            i == 11
                ? Shape.SLEEP_INS
                : i == 12 ? Shape.WEEKENDS : p == 2 ? Shape.NIGHTS : Shape.DAYS;
        paidMonth(holderViewer, employment, 3 + (i + p) % 6, shape);
        if (i != 2) { // employer 3's November timesheets are missing
          LocalDate s = OPEN.atDay(1);
          var sheet =
              timesheets.submit(
                  holderViewer,
                  employment,
                  s,
                  OPEN.atEndOfMonth(),
                  shifts(OPEN, 3 + (i + p) % 6, shape));
          if (i != 1) { // employer 2 has not approved November yet
            timesheets.approve(holderViewer, sheet.id(), null);
          }
        }
      }
      eastbrookEmployers.add(a.getId());
    }

    // Margaret's November: Tom approved, Priya's waiting for her
    var tomNov =
        timesheets.submit(
            margaret, tom, OPEN.atDay(1), OPEN.atEndOfMonth(), shifts(OPEN, 4, Shape.WEEKENDS));
    timesheets.approve(margaret, tomNov.id(), null);
    timesheets.submit(
        margaret, priya.getId(), OPEN.atDay(1), OPEN.atEndOfMonth(), shifts(OPEN, 7, Shape.DAYS));

    // eleven clients awaiting set-up (DP-BDG-0101 to 0111), each with their own holder, and
    // DP-BDG-0150 and 0151 (newclient50@, newclient51@), the tax code notices and pension ITs'
    // employers
    for (int n :
        java.util.stream.IntStream.concat(
                java.util.stream.IntStream.rangeClosed(1, 11),
                java.util.stream.IntStream.of(50, 51))
            .toArray()) {
      String reference = String.format("DP-BDG-01%02d", n);
      UserAccountEntity holder =
          persist(
              new UserAccountEntity(
                  "newclient" + n + "@demo.dpsupport.org",
                  "New client " + n,
                  hash,
                  EnumSet.of(Role.BUDGET_HOLDER),
                  null,
                  null,
                  now));
      persist(
          new DirectPaymentAccountEntity(
              reference,
              council,
              holder.getId(),
              eastbrook.getId(),
              "New client " + n,
              LocalDate.of(2026, 5, 1),
              now));
      // monitored from today: a client new to the bureau owes no return for the months before
      monitor(reference, holder.getUsername(), "New client " + n, today, new BigDecimal("1600"));
    }

    // one more client awaiting set-up, DP-BDG-0140 (newclient40@), whose PA Ewa Nowak has a
    // sign-in of her own (yearendpa@) and has worked for them since 3 November 2025: the year-end
    // IT's employer, set up and paid for 2025-26 by that test alone
    for (ClientWithPa c :
        List.of(
            new ClientWithPa(
                YEAR_END_CLIENT,
                YEAR_END_HOLDER,
                "New client 40",
                LocalDate.of(2025, 10, 1),
                YEAR_END_PA,
                "Ewa Nowak",
                LocalDate.of(2025, 11, 3)),
            // DP-BDG-0145 (newclient45@), whose PA Sam Okafor (leaverpa@) started on 3 August
            // 2026: the leaving-and-holiday IT's employer, set up and paid by that test alone
            new ClientWithPa(
                LEAVER_CLIENT,
                LEAVER_HOLDER,
                "New client 45",
                LocalDate.of(2026, 7, 1),
                LEAVER_PA,
                "Sam Okafor",
                LocalDate.of(2026, 8, 3)))) {
      awaitingClientWithPa(c, council, eastbrook.getId(), hash, now, today);
    }

    // Riverside's one employer: Alan Price (holder2@) on DP-BDG-0002
    DirectPaymentAccountEntity price = account("DP-BDG-0002");
    setUp(riversideViewer, price.getId(), "Alan Price", 40, true, today.plusMonths(5), null, false);
    long joy =
        employers
            .onboard(
                riversideViewer,
                price.getId(),
                checklist(
                    null,
                    LocalDate.of(2025, 9, 1),
                    "Joy",
                    "Adeyemi",
                    LocalDate.of(1985, 11, 30),
                    "F",
                    "A",
                    null,
                    null,
                    "13.10",
                    null,
                    null,
                    null))
            .getEmploymentId();
    paidMonth(
        holderViewer(price.getHolderUserId(), DemoUsers.SECOND_HOLDER.username()),
        joy,
        6,
        Shape.DAYS);

    for (long accountId : eastbrookEmployers) {
      payRuns.payForBureau(null, DemoUsers.PAYROLL.username(), accountId, PAID);
    }
    payRuns.payForBureau(null, SECOND_AGENCY_STAFF, price.getId(), PAID);
    for (long accountId : eastbrookEmployers) {
      paidOver(agencyViewer, accountId, today, PAID);
    }
    paidOver(riversideViewer, price.getId(), today, PAID);
    // monitored once their payroll is on record, so the rating sees payroll's concerns at once
    for (Monitored m : toMonitor) {
      long id = monitor(m.reference(), m.holder(), m.name(), MONITORED_FROM, m.monthly());
      if (m.reference().equals(QUARTERLY_BY_OFFICER)) {
        monitoring.override(
            officer(council),
            id,
            ReturnFrequency.QUARTERLY,
            "First quarter on the bureau's payroll: check its payments against the statements.");
      }
    }
    LOG.info(
        "Payroll demo data loaded: "
            + (eastbrookEmployers.size() + 1)
            + " employers, "
            + (paNumber + 3)
            + " PAs");
  }

  /**
   * Monitoring of a bureau employer's account from the given day: a year's budget of twelve months,
   * paid by the council every four weeks.
   */
  /** A client awaiting set-up, its holder, and its PA with a sign-in and an employment. */
  private record ClientWithPa(
      String reference,
      String holder,
      String name,
      LocalDate accountOpened,
      String pa,
      String paName,
      LocalDate paStarted) {}

  /** Makes a client awaiting set-up whose PA has a sign-in of their own: an IT's own employer. */
  private void awaitingClientWithPa(
      ClientWithPa c,
      long council,
      long agencyId,
      String hash,
      OffsetDateTime now,
      LocalDate today) {
    UserAccountEntity holder =
        persist(
            new UserAccountEntity(
                c.holder(), c.name(), hash, EnumSet.of(Role.BUDGET_HOLDER), null, null, now));
    DirectPaymentAccountEntity client =
        persist(
            new DirectPaymentAccountEntity(
                c.reference(),
                council,
                holder.getId(),
                agencyId,
                c.name(),
                c.accountOpened(),
                now));
    monitor(c.reference(), holder.getUsername(), c.name(), today, new BigDecimal("1600"));
    UserAccountEntity pa =
        persist(
            new UserAccountEntity(
                c.pa(), c.paName(), hash, EnumSet.of(Role.PERSONAL_ASSISTANT), null, null, now));
    persist(new PaEmploymentEntity(client.getId(), pa.getId(), c.paName(), c.paStarted()));
  }

  private long monitor(
      String reference, String holder, String name, LocalDate from, BigDecimal monthly) {
    BigDecimal annual = monthly.multiply(BigDecimal.valueOf(12)).setScale(2);
    return monitoring.enrol(
        DemoData.SYSTEM,
        new AccountMonitoring.NewAccount(
            reference,
            "BDG",
            holder,
            name,
            from,
            Route.MANAGED_BY_PAYROLL_AGENCY,
            annual,
            annual.divide(BigDecimal.valueOf(13), 2, java.math.RoundingMode.HALF_UP),
            PaymentSchedule.FOUR_WEEKLY,
            Set.of("PA_WAGES", "PERSONAL_CARE")));
  }

  /** The demo's monitoring officer of the council. */
  private Viewer officer(long councilId) {
    UserAccountEntity officer = user(DemoUsers.OFFICER.username());
    return new Viewer(
        officer.getId(),
        officer.getUsername(),
        Set.of(Role.MONITORING_OFFICER),
        Optional.of(councilId),
        Optional.empty());
  }

  enum Shape {
    DAYS,
    NIGHTS,
    WEEKENDS,
    SLEEP_INS
  }

  /**
   * The agency records a month's PAYE and pension contributions (October for every employer, and
   * December 2025 to March 2026 for Margaret Okafor) as paid a few days before they were due (HMRC
   * with the Accounts Office reference and the tax year and month, as HMRC asks), for those already
   * due, except HMRC for the employers in {@link #HMRC_UNPAID}.
   */
  private void paidOver(Viewer agency, long accountId, LocalDate today, YearMonth month) {
    String reference = account(accountId).getReference();
    PayRunService.RunView run =
        payRuns.runsOf(agency, accountId).stream()
            .filter(r -> r.periodStart().equals(month.atDay(1)))
            .findFirst()
            .orElseThrow();
    for (RemittanceKind kind : RemittanceKind.values()) {
      PayRunService.PaymentView owed =
          kind == RemittanceKind.HMRC ? run.hmrcPayment() : run.pensionPayment();
      boolean owing = owed.status().equals("DUE") || owed.status().equals("OVERDUE");
      if (!owing
          || owed.dueBy().isAfter(today)
          || kind == RemittanceKind.HMRC && HMRC_UNPAID.contains(reference) && month.equals(PAID)) {
        continue;
      }
      LocalDate paidOn = owed.dueBy().minusDays(3);
      paidOn = paidOn.isBefore(run.paymentDate()) ? run.paymentDate() : paidOn;
      remittances.record(
          agency,
          run.id(),
          new RemittancePayment(
              kind,
              paidOn,
              kind == RemittanceKind.HMRC
                  ? hmrcReference(accountId, run.paymentDate())
                  : "PENSION " + month,
              null));
    }
  }

  /**
   * HMRC's reference for a PAYE payment: the Accounts Office reference, the tax year's end (yy) and
   * tax month.
   */
  private String hmrcReference(long accountId, LocalDate payDay) {
    TaxYear year = TaxYear.containing(payDay);
    return em.find(PayrollEmployerEntity.class, accountId).getAccountsOfficeReference()
        + String.format("%02d%02d", year.lastDay().getYear() % 100, year.taxMonthOf(payDay));
  }

  /** October's timesheet entered and approved by the employer. */
  private void paidMonth(Viewer holder, long employmentId, int hours, Shape shape) {
    var sheet =
        timesheets.submit(
            holder, employmentId, PAID.atDay(1), PAID.atEndOfMonth(), shifts(PAID, hours, shape));
    timesheets.approve(holder, sheet.id(), null);
  }

  private static List<ShiftEntry> shifts(YearMonth month, int hours, Shape shape) {
    List<ShiftEntry> out = new ArrayList<>();
    for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      switch (shape) {
        case DAYS -> {
          if (!weekend) {
            out.add(new ShiftEntry(d.atTime(9, 0), d.atTime(9 + hours, 0), "DAY"));
          }
        }
        case NIGHTS -> {
          if (d.getDayOfWeek() == DayOfWeek.MONDAY || d.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
            out.add(new ShiftEntry(d.atTime(20, 0), d.atTime(20, 0).plusHours(hours + 2), "NIGHT"));
          }
        }
        case WEEKENDS -> {
          if (weekend) {
            out.add(new ShiftEntry(d.atTime(10, 0), d.atTime(10 + hours, 0), "WEEKEND"));
          }
        }
        case SLEEP_INS -> {
          if (!weekend) {
            out.add(new ShiftEntry(d.atTime(14, 0), d.atTime(14 + hours, 0), "DAY"));
          }
          if (d.getDayOfWeek() == DayOfWeek.TUESDAY) {
            out.add(new ShiftEntry(d.atTime(22, 0), d.plusDays(1).atTime(7, 0), "SLEEP_IN"));
          }
        }
      }
    }
    return out;
  }

  private void setUp(
      Viewer agency,
      long accountId,
      String name,
      int n,
      boolean care,
      LocalDate insurance,
      String actingFor,
      boolean quarterly) {
    employers.setUpEmployer(
        agency,
        new EmployerSetup(
            accountId,
            name,
            String.format("120/DP%05d", 1000 + n),
            AccountsOfficeReference.withCheckCharacter("120", String.format("%08d", 1000 + n))
                .value(),
            care,
            "Monthly",
            n % 3 == 0 ? 28 : n % 3 == 1 ? 25 : 31,
            "40-11-" + String.format("%02d", n % 100),
            validAccount("40-11-" + String.format("%02d", n % 100), 31926800 + n * 37),
            new BigDecimal("12.50"),
            new BigDecimal(2600 + n * 150),
            "Markel (UK) Ltd",
            "EL-" + (480000 + n),
            insurance,
            actingFor,
            null));
    if (quarterly) {
      em.createQuery(
              "update PayrollEmployerEntity e set e.hmrcQuarterly = true where e.accountId = :a")
          .setParameter("a", accountId)
          .executeUpdate();
    }
    demoAddress(accountId, n);
  }

  private static final String[][] STREETS = {
    {"Elm Road", "Dagenham", "RM10 8AB"},
    {"Gale Street", "Dagenham", "RM9 4NH"},
    {"Longbridge Road", "Barking", "IG11 8TN"},
    {"Station Road", "Romford", "RM1 2AA"},
    {"Becontree Avenue", "Dagenham", "RM8 2TT"},
    {"Ripple Road", "Barking", "IG11 7PB"},
    {"Rush Green Road", "Romford", "RM7 0PH"}
  };

  /** Each demo employer's home address, for their PAs' P60s and P45s and their invoices. */
  private void demoAddress(long accountId, int n) {
    String[] street = STREETS[n % STREETS.length];
    PayrollEmployerEntity e = em.find(PayrollEmployerEntity.class, accountId);
    e.setAddressLine1((10 + n * 3) + " " + street[0]);
    e.setAddressTown(street[1]);
    e.setAddressPostcode(street[2]);
  }

  /** The agencies' own addresses, VAT registration and fee accounts, as their invoices print. */
  static void agencyDetails(
      org.dpsupport.server.infrastructure.persistence.PayrollAgencyEntity eastbrook,
      org.dpsupport.server.infrastructure.persistence.PayrollAgencyEntity riverside) {
    eastbrook.setAddressLine1("Unit 4, Riverside Court");
    eastbrook.setAddressTown("Barking");
    eastbrook.setAddressPostcode("IG11 7BT");
    eastbrook.setVatRegistered(true);
    eastbrook.setVatNumber("GB123456782");
    eastbrook.setSortCode("089999");
    eastbrook.setAccountNumber("66374958");
    riverside.setAddressLine1("2 Market Place");
    riverside.setAddressTown("Romford");
    riverside.setAddressPostcode("RM1 3AB");
    riverside.setVatRegistered(false);
    riverside.setSortCode("107999");
    riverside.setAccountNumber("88837491");
  }

  private StarterChecklist checklist(
      Long employmentId,
      LocalDate start,
      String forename,
      String surname,
      LocalDate born,
      String gender,
      String statement,
      String loans,
      String taxCode,
      String rate,
      String pension,
      String employeePct,
      String employerPct) {
    int n = paNumber++;
    String sortCode =
        "20-" + String.format("%02d", 10 + n % 80) + "-" + String.format("%02d", n % 100);
    String nino =
        PREFIXES[n % PREFIXES.length]
            + String.format("%06d", 100000 + n * 7919 % 900000)
            + "ABCD".charAt(n % 4);
    return new StarterChecklist(
        employmentId,
        null,
        start,
        forename,
        surname,
        nino,
        born,
        gender,
        (10 + n) + " " + (n % 2 == 0 ? "Ripple Road" : "Longbridge Road"),
        n % 2 == 0 ? "Barking" : "Dagenham",
        n % 2 == 0 ? "IG11 7PB" : "RM8 2AJ",
        statement,
        taxCode,
        false,
        "A",
        loans,
        new BigDecimal(rate),
        new BigDecimal(rate).add(new BigDecimal("1.00")),
        new BigDecimal(rate).add(new BigDecimal("1.50")),
        new BigDecimal(rate).multiply(new BigDecimal("1.5")),
        new BigDecimal("55.00"),
        new BigDecimal(20 + n % 20),
        sortCode,
        validAccount(sortCode, 55770000 + n * 13),
        (forename.charAt(0) + " " + surname).toUpperCase(),
        LocalDate.of(2024, 12, 1),
        LocalDate.of(2024, 12, 15),
        pension,
        pension == null ? null : new BigDecimal(employeePct),
        pension == null ? null : new BigDecimal(employerPct),
        pension == null ? null : LocalDate.of(2025, 6, 1));
  }

  /**
   * The first account number from {@code seed} on that passes Vocalink's modulus check for the sort
   * code (every demo sort code is in Vocalink's table), so the demo's bank details are all valid.
   */
  static String validAccount(String sortCode, long seed) {
    SortCode code = SortCode.parse(sortCode);
    for (long n = seed; n < seed + 1000; n++) {
      BankAccountNumber account = BankAccountNumber.parse(String.format("%08d", n));
      if (ModulusChecker.standard().check(code, account) == ModulusResult.VALID) {
        return account.value();
      }
    }
    throw new IllegalStateException("No account number passes the modulus check for " + sortCode);
  }

  private String[] nextName() {
    int n = paNumber % FORENAMES.length;
    return new String[] {FORENAMES[n], SURNAMES[n]};
  }

  private String name() {
    String[] who = nextName();
    paNumber++;
    return who[0] + " " + who[1];
  }

  private Viewer holderViewer(long userId, String username) {
    return new Viewer(
        userId, username, Set.of(Role.BUDGET_HOLDER), Optional.empty(), Optional.empty());
  }

  private PayrollAgencyEntity agency(String name) {
    return em.createQuery(
            "select a from PayrollAgencyEntity a where a.name = :n", PayrollAgencyEntity.class)
        .setParameter("n", name)
        .getSingleResult();
  }

  private UserAccountEntity user(String username) {
    return em.createNamedQuery("UserAccount.byUsername", UserAccountEntity.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  private DirectPaymentAccountEntity account(long id) {
    return em.find(DirectPaymentAccountEntity.class, id);
  }

  private DirectPaymentAccountEntity account(String reference) {
    return em.createQuery(
            "select a from DirectPaymentAccountEntity a where a.reference = :r",
            DirectPaymentAccountEntity.class)
        .setParameter("r", reference)
        .getSingleResult();
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }
}
