package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.tax.TaxCodeHistory;
import org.dpsupport.payroll.domain.model.tax.TaxCodeNotice;

/**
 * Every tax code a PA has been given ({@code payroll_tax_code_change}): the starter's, and HMRC's
 * P6, P6B and P9 notices as agency staff record them. Takes and gives domain types.
 */
@ApplicationScoped
public class TaxCodeNotices {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** One PA's notices, in the order they were recorded. */
  public TaxCodeHistory of(long employmentId) {
    return new TaxCodeHistory(notices(employmentId));
  }

  /** One PA's notices, in the order they were recorded. */
  public List<TaxCodeNotice> notices(long employmentId) {
    return em
        .createQuery(
            "select c from TaxCodeChangeEntity c where c.employmentId = :e order by c.id",
            TaxCodeChangeEntity.class)
        .setParameter("e", employmentId)
        .getResultList()
        .stream()
        .map(TaxCodeChangeEntity::toNotice)
        .toList();
  }

  /** Every PA's history on one employer's payroll, by employment id: one read for a pay run. */
  public Map<Long, TaxCodeHistory> ofEmployer(long accountId) {
    Map<Long, List<TaxCodeNotice>> byEmployment = new HashMap<>();
    em.createQuery(
            "select c from TaxCodeChangeEntity c, PaEmploymentEntity m where c.employmentId ="
                + " m.id and m.accountId = :a order by c.id",
            TaxCodeChangeEntity.class)
        .setParameter("a", accountId)
        .getResultList()
        .forEach(
            c ->
                byEmployment
                    .computeIfAbsent(c.getEmploymentId(), k -> new ArrayList<>())
                    .add(c.toNotice()));
    Map<Long, TaxCodeHistory> histories = new HashMap<>();
    byEmployment.forEach((k, v) -> histories.put(k, new TaxCodeHistory(v)));
    return histories;
  }

  /** A PA on an employer's payroll as HMRC's notices name them. */
  public record PayrollPerson(
      long employmentId, String payId, String niNumber, String name, LocalDate startDate) {}

  /**
   * Everyone on one employer's payroll (starter checklist complete), for matching HMRC's notices.
   */
  public List<PayrollPerson> onPayroll(long accountId) {
    return em
        .createQuery(
            "select e.employmentId, e.payId, e.niNumber, m.paName, m.startDate from"
                + " PayrollEmployeeEntity e, PaEmploymentEntity m where e.employmentId = m.id and"
                + " m.accountId = :a order by m.id",
            Object[].class)
        .setParameter("a", accountId)
        .getResultList()
        .stream()
        .map(
            r ->
                new PayrollPerson(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (LocalDate) r[4]))
        .toList();
  }

  /** Pay and tax in a PA's earlier employments of a tax year, counted from {@code from}. */
  public record EarlierEmployments(Money pay, Money tax, String taxYear, LocalDate from) {}

  /** The PA's earlier employments' pay and tax as recorded (P45 or P6), or null for none. */
  public EarlierEmployments earlierEmployments(long employmentId) {
    PayrollEmployeeEntity e = em.find(PayrollEmployeeEntity.class, employmentId);
    if (e == null || e.getPreviousPay() == null) {
      return null;
    }
    return new EarlierEmployments(
        e.getPreviousPay(),
        e.getPreviousTax() == null ? Money.ZERO : e.getPreviousTax(),
        e.getPreviousTaxYear(),
        e.getPreviousFrom());
  }

  /** An employer as HMRC's notices name it. */
  public record NoticesEmployer(String name, String payeReference) {}

  /** The employer's name and PAYE reference as set up, or null where the payroll is not set up. */
  public NoticesEmployer employer(long accountId) {
    PayrollEmployerEntity e = em.find(PayrollEmployerEntity.class, accountId);
    return e == null ? null : new NoticesEmployer(e.getEmployerName(), e.getPayeReference());
  }

  /** Records a notice for a PA, with who recorded it and when. */
  public void add(
      long employmentId, TaxCodeNotice notice, String recordedBy, OffsetDateTime recordedAt) {
    TaxCodeChangeEntity c = new TaxCodeChangeEntity();
    c.setEmploymentId(employmentId);
    c.setKind(notice.kind());
    c.setTaxCode(notice.taxCode());
    c.setWeek1Month1(notice.week1Month1());
    c.setIssuedOn(notice.issuedOn());
    c.setEffectiveFrom(notice.usedFrom());
    c.setSource(notice.kind().words());
    c.setRecordedBy(recordedBy);
    c.setRecordedAt(recordedAt);
    em.persist(c);
  }

  /** Records a PA's first tax code, as their starter checklist or the agency gave it. */
  public void add(TaxCodeChangeEntity change) {
    em.persist(change);
  }
}
