package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;

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

  /** A leave row with the employment it belongs to. */
  public record LeaveInEmployment(FamilyLeaveEntity leave, PaEmploymentEntity employment) {}

  /** A finalised payslip's pay day and earnings for NI. */
  public record EarningsOnPayDay(LocalDate paidOn, Money earningsForNi) {}

  /** The leave of every employment of a PA's sign-in, newest leave first. */
  public List<LeaveInEmployment> ofPa(long paUserId) {
    return leaves(
        em.createQuery(
                "select f, m from FamilyLeaveEntity f, PaEmploymentEntity m where f.employmentId ="
                    + " m.id and m.paUserId = :u order by f.payStart desc, f.id desc",
                Object[].class)
            .setParameter("u", paUserId)
            .getResultList());
  }

  /** An employer's leave starting on or before {@code end}, with its employment. */
  public List<LeaveInEmployment> ofEmployerStartingBy(long accountId, LocalDate end) {
    return leaves(
        em.createQuery(
                "select f, m from FamilyLeaveEntity f, PaEmploymentEntity m where f.employmentId ="
                    + " m.id and m.accountId = :a and f.payStart <= :end",
                Object[].class)
            .setParameter("a", accountId)
            .setParameter("end", end)
            .getResultList());
  }

  private static List<LeaveInEmployment> leaves(List<Object[]> rows) {
    return rows.stream()
        .map(r -> new LeaveInEmployment((FamilyLeaveEntity) r[0], (PaEmploymentEntity) r[1]))
        .toList();
  }

  /** The PA's finalised payslips' pay days and earnings for NI up to a day, in date order. */
  public List<EarningsOnPayDay> earningsPaid(long employmentId, LocalDate upTo) {
    return em
        .createQuery(
            "select s.paymentDate, s.earningsForNi from PayslipEntity s, PayRunEntity r where"
                + " s.payRunId = r.id and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.employmentId = :e"
                + " and s.paymentDate <= :upTo order by s.paymentDate",
            Object[].class)
        .setParameter("e", employmentId)
        .setParameter("upTo", upTo)
        .getResultList()
        .stream()
        .map(p -> new EarningsOnPayDay((LocalDate) p[0], (Money) p[1]))
        .toList();
  }

  /**
   * The employer's finalised SMP, SPP, SAP, ShPP, SPBP and SNCP paid from {@code from} to {@code
   * to}, both included: each kind paid, by its amount (none for a kind not paid).
   */
  public Map<FamilyPayType, Money> familyPayPaid(long accountId, LocalDate from, LocalDate to) {
    Money[] s =
        PayslipTotals.columns(
            em.createQuery(
                    "select s.smp, s.spp, s.sap, s.shpp, s.spbp, s.sncp"
                        + " from PayslipEntity s, PayRunEntity r where s.payRunId = r.id and r.accountId"
                        + " = :a and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.paymentDate >= :from and"
                        + " s.paymentDate <= :to",
                    Object[].class)
                .setParameter("a", accountId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList(),
            0,
            6);
    FamilyPayType[] kinds = {
      FamilyPayType.SMP,
      FamilyPayType.SPP,
      FamilyPayType.SAP,
      FamilyPayType.SHPP,
      FamilyPayType.SPBP,
      FamilyPayType.SNCP
    }; // the query's order
    Map<FamilyPayType, Money> paid = new EnumMap<>(FamilyPayType.class);
    for (int k = 0; k < kinds.length; k++) {
      Money amount = s[k];
      if (amount.isPositive()) {
        paid.put(kinds[k], amount);
      }
    }
    return paid;
  }

  /** Class 1 NICs, employee's and employer's, on the employer's finalised payslips in a span. */
  public Money class1Nics(long accountId, LocalDate from, LocalDate toExclusive) {
    Money[] nics =
        PayslipTotals.columns(
            em.createQuery(
                    "select s.employeeNi, s.employerNi from PayslipEntity s,"
                        + " PayRunEntity r where s.payRunId = r.id and r.accountId = :a and r.status ="
                        + " org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.paymentDate >= :from and s.paymentDate < :to",
                    Object[].class)
                .setParameter("a", accountId)
                .setParameter("from", from)
                .setParameter("to", toExclusive)
                .getResultList(),
            0,
            2);
    return nics[0].plus(nics[1]);
  }
}
