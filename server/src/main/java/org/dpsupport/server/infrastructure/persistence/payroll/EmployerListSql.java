package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agency's employer list as a set-based read model: which employers are most urgent (one SQL
 * statement that ranks every employer of the agency and returns a page of them), then the facts
 * behind each row of that page (a fixed handful of grouped queries, whatever the number of
 * employers). It replaces about ten queries per employer, capped at 500 employers.
 *
 * <p>The ranking mirrors the words the service gives each need (lower is more urgent): 0 pay not
 * run although its pay day has passed and approved timesheets wait; 1 HMRC or the pension overdue;
 * 2 insurance lapsed; 3 starters, timesheets to approve or a pay run due within a week; 4 insurance
 * running out within 31 days, timesheets missing this month or pay below the minimum wage in the
 * last run; 9 nothing. Each employer's pay day differs, so the last and next pay day come in as one
 * parameter per day of the month (portable SQL, no date arithmetic).
 */
@ApplicationScoped
public class EmployerListSql {

  /** One page of account ids, most urgent first, and how many employers there are in all. */
  public record Ranked(List<Long> accountIds, long total) {}

  /** Everything an employer's row says, read for many employers at once. */
  public record Facts(
      PayrollEmployerEntity employer,
      String reference,
      long employees,
      long starters,
      long toApprove,
      long missing,
      String lastStatus,
      int lastNmwFindings,
      Long lastRunId,
      LocalDate lastRunPaymentDate,
      List<LocalDate> finalisedPaymentDates,
      Map<LocalDate, Long> approvedUnpaidByPeriodEnd,
      List<PayRunEntity> runsWithRemittanceOpen) {}

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** A native SQL statement and its parameters, numbered {@code ?1}, {@code ?2}… in order. */
  public record Statement(String sql, List<Object> params) {}

  /**
   * The agency's employers ranked by urgency then name, one page ({@code offset}, {@code limit}).
   */
  public Ranked rank(long agencyId, LocalDate today, int offset, int limit) {
    Statement ranking = ranking(agencyId, today, offset, limit);
    Query q = em.createNativeQuery(ranking.sql());
    for (int i = 0; i < ranking.params().size(); i++) {
      q.setParameter(i + 1, ranking.params().get(i));
    }
    List<Long> ids = new ArrayList<>();
    long total = -1;
    for (Object row : q.getResultList()) {
      Object[] columns = (Object[]) row;
      ids.add(((Number) columns[0]).longValue());
      total = ((Number) columns[3]).longValue();
    }
    if (total < 0) {
      // no row on this page (past the end, or no employers): count them on their own
      total =
          ((Number)
                  em.createNativeQuery(
                          "select count(*) from payroll_employer e join dp_account a"
                              + " on a.id = e.account_id where a.agency_id = ?1")
                      .setParameter(1, agencyId)
                      .getSingleResult())
              .longValue();
    }
    return new Ranked(ids, total);
  }

  /**
   * The ranking statement: columns id, urgency, employer name, and how many employers the agency
   * has in all (a window over every row, counted before the page is cut: no second statement). Each
   * rule asks whether the employer is among the accounts a subquery finds ({@code a.id in (select
   * …)}), and no subquery refers to the employer's row: PostgreSQL runs each once and probes its
   * hashed result, where the earlier correlated {@code exists (… where r.account_id = a.id)} form
   * was planned as a subquery per employer. That form cost 1.6 million in the planner's units at
   * 10,000 employers, far over {@code jit_above_cost} (100,000), so PostgreSQL compiled the
   * statement with LLVM at each call: 1.5 of its 1.9 seconds (EXPLAIN ANALYZE). This one costs
   * about 11,200, so is never compiled. Unrun pay starts from the unpaid approved timesheets (few)
   * and looks up only their accounts' runs; it used to list every account paid on its pay day
   * (nearly all, 10,000 rows hashed at each call). The latest run is the one with none later (an
   * anti-join). The subqueries read every agency's runs and timesheets, not only this agency's.
   */
  public static Statement ranking(long agencyId, LocalDate today, int offset, int limit) {
    List<Object> params = new ArrayList<>();
    // the latest pay run of each employer: none later (an anti-join, so a filter on the run is
    // applied before it)
    String latestRuns =
        "(select r.account_id, r.status, r.nmw_findings from pay_run r where not exists"
            + " (select 1 from pay_run r2 where r2.account_id = r.account_id"
            + " and r2.period_start > r.period_start))";
    StringBuilder sql = new StringBuilder();
    // 0: approved timesheets up to the last pay day unpaid, and no finalised run paid on that day.
    // One subquery from the few unpaid timesheets: the run on the pay day is looked up for those
    // accounts only (an anti-join on the account's runs), where a separate list of the accounts
    // paid on their pay day would hold nearly every employer.
    sql.append("select a.id, case when a.id in (select m.account_id from timesheet t")
        .append(" join pa_employment m on m.id = t.pa_employment_id join payroll_employer e0")
        .append(" on e0.account_id = m.account_id where t.status = 'APPROVED'")
        .append(" and t.pay_run_id is null and t.period_end <= ")
        .append(param(params, today))
        .append(" and t.period_end <= ")
        .append(byPayDay(params, "e0", day -> lastPayDay(day, today)))
        .append(" and not exists (select 1 from pay_run r where r.account_id = m.account_id")
        .append(" and r.status = 'FINALISED' and r.payment_date = ")
        .append(byPayDay(params, "e0", day -> lastPayDay(day, today)))
        .append(")) then 0");
    // 1: HMRC or the pension overdue on a finalised run of the last year
    sql.append(" when a.id in (select r.account_id from pay_run r where r.status = 'FINALISED'")
        .append(" and r.payment_date >= ")
        .append(param(params, today.minusYears(1)))
        .append(" and ((r.hmrc_paid_on is null and r.hmrc_due_date < ")
        .append(param(params, today))
        .append(" and r.income_tax + r.employee_ni + r.employer_ni + r.student_loans")
        .append(" - r.employment_allowance > 0)")
        .append(" or (r.pension_paid_on is null and r.payment_date < ")
        .append(param(params, pensionOverdueBefore(today)))
        .append(" and r.pension_employee + r.pension_employer > 0))) then 1");
    // 2: insurance lapsed
    sql.append(" when e.insurance_expires is null or e.insurance_expires < ")
        .append(param(params, today))
        .append(" then 2");
    // 3: a starter, a timesheet to approve, or a pay day within a week and the latest run not
    // finalised
    sql.append(" when a.id in (select m.account_id from pa_employment m where m.end_date is null")
        .append(" and not exists (select 1 from payroll_employee p")
        .append(" where p.pa_employment_id = m.id))")
        .append(" or a.id in (select m.account_id from timesheet t join pa_employment m")
        .append(" on m.id = t.pa_employment_id where t.status = 'SUBMITTED')")
        .append(" or (")
        .append(byPayDay(params, "e", day -> payDayIn(YearMonth.from(today), day)))
        .append(" >= ")
        .append(param(params, today))
        .append(" and ")
        .append(byPayDay(params, "e", day -> payDayIn(YearMonth.from(today), day)))
        .append(" < ")
        .append(param(params, today.plusDays(7)))
        .append(" and a.id not in (select l.account_id from ")
        .append(latestRuns)
        .append(" l where l.status = 'FINALISED')) then 3");
    // 4: insurance running out, a PA's timesheet missing this month, pay below the minimum wage
    // in the latest run
    sql.append(" when e.insurance_expires < ")
        .append(param(params, today.plusDays(31)))
        .append(" or a.id in (select m.account_id from payroll_employee p join pa_employment m")
        .append(" on m.id = p.pa_employment_id where m.end_date is null")
        .append(" and not exists (select 1 from timesheet t where t.pa_employment_id = m.id")
        .append(" and t.period_start = ")
        .append(param(params, today.withDayOfMonth(1)))
        .append("))")
        .append(" or a.id in (select l.account_id from ")
        .append(latestRuns)
        .append(" l where l.nmw_findings > 0) then 4 else 9 end as urgency, e.employer_name,")
        // every employer of the agency, counted before the page is cut (a window over all rows)
        .append(" count(*) over () as total")
        .append(" from payroll_employer e join dp_account a on a.id = e.account_id")
        .append(" where a.agency_id = ")
        .append(param(params, agencyId))
        .append(" order by urgency, e.employer_name, a.id")
        .append(" offset ")
        .append(Math.max(0, offset))
        .append(" rows fetch next ")
        .append(Math.max(1, limit))
        .append(" rows only");
    return new Statement(sql.toString(), List.copyOf(params));
  }

  /** The facts behind the rows of these accounts (in the order given), in nine grouped queries. */
  public List<Facts> facts(List<Long> accountIds, LocalDate today) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    Map<Long, PayrollEmployerEntity> employers = new HashMap<>();
    Map<Long, String> references = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select e, a.reference from PayrollEmployerEntity e, DirectPaymentAccountEntity a"
                    + " where e.accountId = a.id and a.id in :ids",
                Object[].class)
            .setParameter("ids", accountIds)
            .getResultList()) {
      PayrollEmployerEntity e = (PayrollEmployerEntity) r[0];
      employers.put(e.getAccountId(), e);
      references.put(e.getAccountId(), (String) r[1]);
    }
    Map<Long, Long> employees =
        counts(
            "select m.accountId, count(p) from PayrollEmployeeEntity p, PaEmploymentEntity m"
                + " where p.employmentId = m.id and m.accountId in :ids and m.endDate is null"
                + " group by m.accountId",
            accountIds,
            null);
    Map<Long, Long> starters =
        counts(
            "select m.accountId, count(m) from PaEmploymentEntity m where m.accountId in :ids"
                + " and m.endDate is null and not exists (select p from PayrollEmployeeEntity p"
                + " where p.employmentId = m.id) group by m.accountId",
            accountIds,
            null);
    Map<Long, Long> toApprove =
        counts(
            "select m.accountId, count(t) from TimesheetEntity t, PaEmploymentEntity m"
                + " where t.employmentId = m.id and m.accountId in :ids and t.status = org.dpsupport.payroll.domain.model.timesheet.TimesheetStatus.SUBMITTED"
                + " group by m.accountId",
            accountIds,
            null);
    Map<Long, Long> missing =
        counts(
            "select m.accountId, count(p) from PayrollEmployeeEntity p, PaEmploymentEntity m"
                + " where p.employmentId = m.id and m.accountId in :ids and m.endDate is null"
                + " and not exists (select t from TimesheetEntity t where t.employmentId = m.id"
                + " and t.periodStart = :month) group by m.accountId",
            accountIds,
            today.withDayOfMonth(1));
    Map<Long, Object[]> lastRun = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select r.accountId, r.status, r.nmwFindings, r.id, r.paymentDate"
                    + " from PayRunEntity r"
                    + " where r.accountId in :ids and r.periodStart = (select max(r2.periodStart)"
                    + " from PayRunEntity r2 where r2.accountId = r.accountId)",
                Object[].class)
            .setParameter("ids", accountIds)
            .getResultList()) {
      lastRun.put((Long) r[0], r);
    }
    Map<Long, List<LocalDate>> finalised = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select r.accountId, r.paymentDate from PayRunEntity r where r.accountId in :ids"
                    + " and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and r.paymentDate >= :since",
                Object[].class)
            .setParameter("ids", accountIds)
            .setParameter("since", today.minusMonths(2).withDayOfMonth(1))
            .getResultList()) {
      finalised.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((LocalDate) r[1]);
    }
    Map<Long, Map<LocalDate, Long>> approvedUnpaid = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select m.accountId, t.periodEnd, count(t) from TimesheetEntity t,"
                    + " PaEmploymentEntity m where t.employmentId = m.id and m.accountId in :ids"
                    + " and t.status = org.dpsupport.payroll.domain.model.timesheet.TimesheetStatus.APPROVED and t.payRunId is null"
                    + " group by m.accountId, t.periodEnd",
                Object[].class)
            .setParameter("ids", accountIds)
            .getResultList()) {
      approvedUnpaid
          .computeIfAbsent((Long) r[0], k -> new LinkedHashMap<>())
          .put((LocalDate) r[1], (Long) r[2]);
    }
    Map<Long, List<PayRunEntity>> open = new HashMap<>();
    for (PayRunEntity r :
        em.createQuery(
                "select r from PayRunEntity r where r.accountId in :ids and r.status ="
                    + " org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and r.paymentDate >= :since and (r.hmrcPaidOn is null or"
                    + " r.pensionPaidOn is null) order by r.paymentDate",
                PayRunEntity.class)
            .setParameter("ids", accountIds)
            .setParameter("since", today.minusYears(1))
            .getResultList()) {
      open.computeIfAbsent(r.getAccountId(), k -> new ArrayList<>()).add(r);
    }
    List<Facts> out = new ArrayList<>();
    for (long id : accountIds) {
      PayrollEmployerEntity e = employers.get(id);
      if (e == null) {
        continue;
      }
      Object[] last = lastRun.get(id);
      out.add(
          new Facts(
              e,
              references.get(id),
              employees.getOrDefault(id, 0L),
              starters.getOrDefault(id, 0L),
              toApprove.getOrDefault(id, 0L),
              missing.getOrDefault(id, 0L),
              last == null ? null : last[1].toString(),
              last == null ? 0 : ((Number) last[2]).intValue(),
              last == null ? null : (Long) last[3],
              last == null ? null : (LocalDate) last[4],
              finalised.getOrDefault(id, List.of()),
              approvedUnpaid.getOrDefault(id, Map.of()),
              open.getOrDefault(id, List.of())));
    }
    return out;
  }

  /** Every employer of the agency, for the API's whole list. */
  public List<Long> agencyEmployers(long agencyId) {
    return em.createQuery(
            "select e.accountId from PayrollEmployerEntity e, DirectPaymentAccountEntity a"
                + " where e.accountId = a.id and a.agencyId = :agency order by e.employerName",
            Long.class)
        .setParameter("agency", agencyId)
        .getResultList();
  }

  /** A budget holder's (or nominee's) own employers. */
  public List<Long> holderEmployers(long userId) {
    return em.createQuery(
            "select e.accountId from PayrollEmployerEntity e, DirectPaymentAccountEntity a"
                + " where e.accountId = a.id and (a.holderUserId = :u or a.nomineeUserId = :u)",
            Long.class)
        .setParameter("u", userId)
        .getResultList();
  }

  private Map<Long, Long> counts(String jpql, List<Long> ids, LocalDate month) {
    var q = em.createQuery(jpql, Object[].class).setParameter("ids", ids);
    if (month != null) {
      q.setParameter("month", month);
    }
    Map<Long, Long> out = new HashMap<>();
    for (Object[] r : q.getResultList()) {
      out.put((Long) r[0], (Long) r[1]);
    }
    return out;
  }

  /**
   * The pay day in a month for an employer paid on day {@code payDay} (the last day if shorter).
   */
  public static LocalDate payDayIn(YearMonth month, int payDay) {
    return month.atDay(Math.min(payDay, month.lengthOfMonth()));
  }

  /** The latest pay day on or before today. */
  public static LocalDate lastPayDay(int payDay, LocalDate today) {
    YearMonth month = YearMonth.from(today);
    LocalDate inMonth = payDayIn(month, payDay);
    return inMonth.isAfter(today) ? payDayIn(month.minusMonths(1), payDay) : inMonth;
  }

  /**
   * Pension contributions are due by the 22nd of the month after the pay day (The Pensions
   * Regulator): a run paid before this date has its pension overdue today.
   */
  static LocalDate pensionOverdueBefore(LocalDate today) {
    LocalDate thisMonth = today.withDayOfMonth(1);
    return today.getDayOfMonth() > 22 ? thisMonth : thisMonth.minusMonths(1);
  }

  /**
   * A numbered placeholder. Dates are cast: in "case e.pay_day when 1 then ?", PostgreSQL would
   * otherwise type an untyped parameter as text, and a date compared with text is an error.
   */
  private static String param(List<Object> params, Object value) {
    if (value instanceof LocalDate d) {
      params.add(Date.valueOf(d));
      return "cast(?" + params.size() + " as date)";
    }
    params.add(value);
    return "?" + params.size();
  }

  /** "case e.pay_day when 1 then ?n ... end": a date per day of the month. */
  private static String byPayDay(
      List<Object> params, String employer, java.util.function.IntFunction<LocalDate> dateFor) {
    StringBuilder s = new StringBuilder("(case " + employer + ".pay_day");
    for (int day = 1; day <= 31; day++) {
      s.append(" when ").append(day).append(" then ").append(param(params, dateFor.apply(day)));
    }
    return s.append(" end)").toString();
  }
}
