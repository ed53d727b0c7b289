package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads and writes statutory family pay: the {@code family_leave} rows, the PA's finalised pay days
 * and earnings (for average weekly earnings), an employer's family pay paid in a span (for the EPS)
 * and its Class 1 NICs in a span (for Small Employers' Relief).
 */
@ApplicationScoped
public class FamilyLeaveRecords {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  public void add(FamilyLeaveEntity leave) {
    em.persist(leave);
    em.flush();
  }

  public FamilyLeaveEntity find(long leaveId) {
    return em.find(FamilyLeaveEntity.class, leaveId);
  }

  public void remove(FamilyLeaveEntity leave) {
    em.remove(leave);
    em.flush();
  }

  /** How many of the PA's finalised payslips from a day on carry family pay. */
  public long finalisedWithFamilyPay(long employmentId, LocalDate from) {
    return em.createQuery(
            "select count(s) from PayslipEntity s, PayRunEntity r where s.payRunId = r.id and"
                + " r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.employmentId = :e and s.paymentDate >= :from and"
                + " (s.smp + s.spp + s.sap + s.shpp + s.spbp + s.sncp) > 0",
            Long.class)
        .setParameter("e", employmentId)
        .setParameter("from", from)
        .getSingleResult();
  }

  public PayrollEmployerEntity employer(long accountId) {
    return em.find(PayrollEmployerEntity.class, accountId);
  }

  /** An employment's leave, newest first. */
  public List<FamilyLeaveEntity> of(long employmentId) {
    return em.createQuery(
            "select f from FamilyLeaveEntity f where f.employmentId = :e order by f.payStart desc,"
                + " f.id desc",
            FamilyLeaveEntity.class)
        .setParameter("e", employmentId)
        .getResultList();
  }

  /** [leave, employment] of every employment of a PA's sign-in, newest leave first. */
  public List<Object[]> ofPa(long paUserId) {
    return em.createQuery(
            "select f, m from FamilyLeaveEntity f, PaEmploymentEntity m where f.employmentId ="
                + " m.id and m.paUserId = :u order by f.payStart desc, f.id desc",
            Object[].class)
        .setParameter("u", paUserId)
        .getResultList();
  }

  /** [leave, employment] for an employer's leave starting on or before {@code end}. */
  public List<Object[]> ofEmployerStartingBy(long accountId, LocalDate end) {
    return em.createQuery(
            "select f, m from FamilyLeaveEntity f, PaEmploymentEntity m where f.employmentId ="
                + " m.id and m.accountId = :a and f.payStart <= :end",
            Object[].class)
        .setParameter("a", accountId)
        .setParameter("end", end)
        .getResultList();
  }

  /** [payment date, earnings for NI] of the PA's finalised payslips up to a day, in date order. */
  public List<Object[]> earningsPaid(long employmentId, LocalDate upTo) {
    return em.createQuery(
            "select s.paymentDate, s.earningsForNi from PayslipEntity s, PayRunEntity r where"
                + " s.payRunId = r.id and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.employmentId = :e"
                + " and s.paymentDate <= :upTo order by s.paymentDate",
            Object[].class)
        .setParameter("e", employmentId)
        .setParameter("upTo", upTo)
        .getResultList();
  }

  /**
   * The employer's finalised SMP, SPP, SAP, ShPP, SPBP and SNCP paid from {@code from} to {@code
   * to}, both included, in that order.
   */
  public BigDecimal[] familyPayPaid(long accountId, LocalDate from, LocalDate to) {
    Object[] s =
        em.createQuery(
                "select coalesce(sum(s.smp), 0), coalesce(sum(s.spp), 0), coalesce(sum(s.sap), 0),"
                    + " coalesce(sum(s.shpp), 0), coalesce(sum(s.spbp), 0), coalesce(sum(s.sncp), 0)"
                    + " from PayslipEntity s, PayRunEntity r where s.payRunId = r.id and r.accountId"
                    + " = :a and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.paymentDate >= :from and"
                    + " s.paymentDate <= :to",
                Object[].class)
            .setParameter("a", accountId)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    BigDecimal[] out = new BigDecimal[s.length];
    for (int i = 0; i < s.length; i++) {
      out[i] = new BigDecimal(s[i].toString());
    }
    return out;
  }

  /** Class 1 NICs, employee's and employer's, on the employer's finalised payslips in a span. */
  public BigDecimal class1Nics(long accountId, LocalDate from, LocalDate toExclusive) {
    return em.createQuery(
            "select coalesce(sum(s.employeeNi + s.employerNi), 0) from PayslipEntity s,"
                + " PayRunEntity r where s.payRunId = r.id and r.accountId = :a and r.status ="
                + " org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.paymentDate >= :from and s.paymentDate < :to",
            BigDecimal.class)
        .setParameter("a", accountId)
        .setParameter("from", from)
        .setParameter("to", toExclusive)
        .getSingleResult();
  }
}
