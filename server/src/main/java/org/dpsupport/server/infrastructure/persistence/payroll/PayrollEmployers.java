package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.PayrollAgencyEntity;

/**
 * The bureau's books: the direct-payment accounts an agency pays through, the employers set up on
 * the payroll from them, their PAs' employments and payroll records, and the agency itself. Finders
 * return {@code Optional}; the lists for pages are records built by the queries.
 */
@ApplicationScoped
public class PayrollEmployers {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** A new starter: an employment with no payroll record yet. */
  public record NewStarter(long employmentId, long accountId, String paName, LocalDate startDate) {}

  /** A PA on an employer's payroll, as the employer's list shows them. */
  public record OnPayroll(
      long employmentId,
      String payId,
      String name,
      String taxCode,
      LocalDate startDate,
      LocalDate leavingDate,
      BigDecimal holidayBalanceHours) {}

  /** The direct-payment account, if there is one. */
  public Optional<DirectPaymentAccountEntity> account(long accountId) {
    return Optional.ofNullable(em.find(DirectPaymentAccountEntity.class, accountId));
  }

  /** The employer's payroll as set up, if it is. */
  public Optional<PayrollEmployerEntity> employer(long accountId) {
    return Optional.ofNullable(em.find(PayrollEmployerEntity.class, accountId));
  }

  /** The PA's employment, if there is one. */
  public Optional<PaEmploymentEntity> employment(long employmentId) {
    return Optional.ofNullable(em.find(PaEmploymentEntity.class, employmentId));
  }

  /** The PA's payroll record (their completed starter checklist), if there is one. */
  public Optional<PayrollEmployeeEntity> employee(long employmentId) {
    return Optional.ofNullable(em.find(PayrollEmployeeEntity.class, employmentId));
  }

  /** The payroll agency, if there is one. */
  public Optional<PayrollAgencyEntity> agency(long agencyId) {
    return Optional.ofNullable(em.find(PayrollAgencyEntity.class, agencyId));
  }

  /** Puts an employer on the payroll. */
  public void add(PayrollEmployerEntity employer) {
    em.persist(employer);
  }

  /** Keeps a new employment, its id given. */
  public PaEmploymentEntity add(PaEmploymentEntity employment) {
    em.persist(employment);
    em.flush();
    return employment;
  }

  /** Puts a PA on the payroll. */
  public void add(PayrollEmployeeEntity employee) {
    em.persist(employee);
  }

  /** How many PAs the employer has had on the payroll (leavers included). */
  public long employeeCount(long accountId) {
    return em.createQuery(
            "select count(p) from PayrollEmployeeEntity p, PaEmploymentEntity m"
                + " where p.employmentId = m.id and m.accountId = :a",
            Long.class)
        .setParameter("a", accountId)
        .getSingleResult();
  }

  /** Accounts paid through the agency that are not on the payroll yet, by reference. */
  public List<DirectPaymentAccountEntity> awaitingSetUp(long agencyId) {
    return em.createQuery(
            "select a from DirectPaymentAccountEntity a where a.agencyId = :agency and not exists"
                + " (select e from PayrollEmployerEntity e where e.accountId = a.id) order by"
                + " a.reference",
            DirectPaymentAccountEntity.class)
        .setParameter("agency", agencyId)
        .getResultList();
  }

  /** New starters at the agency's employers whose checklist is still to complete. */
  public List<NewStarter> starters(long agencyId) {
    return em.createQuery(
            "select new org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployers"
                + ".NewStarter(m.id, m.accountId, m.paName, m.startDate) from PaEmploymentEntity"
                + " m, DirectPaymentAccountEntity a where m.accountId = a.id and a.agencyId ="
                + " :agency and m.endDate is null and not exists (select p from"
                + " PayrollEmployeeEntity p where p.employmentId = m.id) order by m.startDate",
            NewStarter.class)
        .setParameter("agency", agencyId)
        .getResultList();
  }

  /** The employer's PAs on the payroll, by payroll ID. */
  public List<OnPayroll> employees(long accountId) {
    return em.createQuery(
            "select new org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployers"
                + ".OnPayroll(m.id, p.payId, m.paName, p.taxCode, m.startDate, m.endDate,"
                + " p.holidayBalanceHours) from PayrollEmployeeEntity p, PaEmploymentEntity m"
                + " where p.employmentId = m.id and m.accountId = :a order by p.payId",
            OnPayroll.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  /** The employments of the employer's PAs on the payroll, by payroll ID. */
  public List<PaEmploymentEntity> employmentsOnPayroll(long accountId) {
    return em.createQuery(
            "select m from PayrollEmployeeEntity p, PaEmploymentEntity m where p.employmentId ="
                + " m.id and m.accountId = :a order by p.payId",
            PaEmploymentEntity.class)
        .setParameter("a", accountId)
        .getResultList();
  }
}
