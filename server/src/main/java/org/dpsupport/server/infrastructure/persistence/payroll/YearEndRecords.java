package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.taxyear.IssuedP60;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.YearEnd;
import org.dpsupport.payroll.interfaces.file.FiguresToDate;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;

/**
 * The year end's records: the P60s given to PAs ({@code payroll_p60}), who is owed one, and whether
 * an employer's FPSs already told HMRC the year was complete. Takes and gives domain types.
 */
@ApplicationScoped
public class YearEndRecords {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** The P60 given for this employment and tax year, if one has been. */
  public Optional<IssuedP60> p60(long employmentId, TaxYear year) {
    return row(employmentId, year).map(YearEndRecords::issued);
  }

  /** The stored P60 document itself. */
  public Optional<byte[]> p60Pdf(long employmentId, TaxYear year) {
    return row(employmentId, year).map(P60Entity::getPdf);
  }

  /** A P60 given to a PA, with the employer that gave it. */
  public record P60OfPa(IssuedP60 p60, String employerName) {}

  /** The P60s given to the PA signed in as {@code userId}, newest tax year first. */
  public List<P60OfPa> p60sOfPa(long userId) {
    return em
        .createQuery(
            "select p, e.employerName from P60Entity p, PaEmploymentEntity m,"
                + " PayrollEmployerEntity e where p.employmentId = m.id and m.accountId ="
                + " e.accountId and m.paUserId = :u order by p.taxYear desc, m.id",
            Object[].class)
        .setParameter("u", userId)
        .getResultList()
        .stream()
        .map(r -> new P60OfPa(issued((P60Entity) r[0]), (String) r[1]))
        .toList();
  }

  /** The P60s given to one employer's PAs, by employment id, newest tax year first. */
  public Map<Long, List<IssuedP60>> p60sOfEmployer(long accountId) {
    Map<Long, List<IssuedP60>> out = new HashMap<>();
    em.createQuery(
            "select p from P60Entity p, PaEmploymentEntity m where p.employmentId = m.id and"
                + " m.accountId = :a order by p.taxYear desc",
            P60Entity.class)
        .setParameter("a", accountId)
        .getResultList()
        .forEach(
            p -> out.computeIfAbsent(p.getEmploymentId(), k -> new ArrayList<>()).add(issued(p)));
    return out;
  }

  /**
   * Keeps a P60: the first for the employment and year, or one made again in place of the one given
   * before (same row: never two for a year).
   */
  public void keep(IssuedP60 p60, byte[] pdf) {
    P60Entity row = row(p60.employmentId(), p60.taxYear()).orElseGet(P60Entity::new);
    row.setEmploymentId(p60.employmentId());
    row.setTaxYear(p60.taxYear().toString());
    row.setTaxablePay(p60.taxablePay());
    row.setIncomeTax(p60.tax());
    row.setPdf(pdf);
    row.setMadeAt(p60.madeAt());
    row.setMadeBy(p60.madeBy());
    if (row.getId() == null) {
      em.persist(row);
    }
    em.flush();
  }

  /**
   * Employers with a finalised payslip in the tax year, and none of whose runs paid in it is still
   * open: the ones whose P60s can be made.
   */
  public List<Long> employersReadyForP60s(TaxYear year) {
    return em.createQuery(
            "select distinct r.accountId from PayRunEntity r where r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and"
                + " r.payslips > 0 and r.paymentDate >= :from and r.paymentDate <= :to and not"
                + " exists (select o from PayRunEntity o where o.accountId = r.accountId and"
                + " o.status <> org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and o.paymentDate >= :from and o.paymentDate <= :to)"
                + " order by r.accountId",
            Long.class)
        .setParameter("from", year.firstDay())
        .setParameter("to", year.lastDay())
        .getResultList();
  }

  /** Whether any of the employer's runs paid in the tax year is not finalised yet. */
  public boolean runStillOpen(long accountId, TaxYear year) {
    return em.createQuery(
                "select count(o) from PayRunEntity o where o.accountId = :a and o.status <>"
                    + " org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and o.paymentDate >= :from and o.paymentDate <= :to",
                Long.class)
            .setParameter("a", accountId)
            .setParameter("from", year.firstDay())
            .setParameter("to", year.lastDay())
            .getSingleResult()
        > 0;
  }

  /**
   * The employer's PAs owed a P60 for the tax year: paid on a finalised run in it and working for
   * the employer on 5 April ({@link YearEnd#inPostOnLastDay}).
   */
  public List<PaEmploymentEntity> employmentsOwedP60(long accountId, TaxYear year) {
    return em
        .createQuery(
            "select m from PaEmploymentEntity m where m.accountId = :a and exists (select s from"
                + " PayslipEntity s, PayRunEntity r where s.employmentId = m.id and s.payRunId ="
                + " r.id and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.taxYear = :y) order by m.id",
            PaEmploymentEntity.class)
        .setParameter("a", accountId)
        .setParameter("y", year.toString())
        .getResultList()
        .stream()
        .filter(m -> YearEnd.inPostOnLastDay(m.getStartDate(), m.getEndDate(), year))
        .toList();
  }

  /**
   * Whether a finalised FPS of the employer's in the tax year carried "Final submission for year".
   */
  public boolean finalFpsSent(long accountId, TaxYear year) {
    return em
        .createQuery(
            "select r.fpsXml from PayRunEntity r where r.accountId = :a and r.status ="
                + " org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and r.paymentDate >= :from and r.paymentDate <= :to and r.fpsXml"
                + " is not null order by r.paymentDate desc",
            String.class)
        .setParameter("a", accountId)
        .setParameter("from", year.lastDay().minusMonths(1).plusDays(1))
        .setParameter("to", year.lastDay())
        .getResultList()
        .stream()
        .anyMatch(
            fps -> fps.contains("<FinalSubmission>") && fps.contains("<ForYear>yes</ForYear>"));
  }

  /** Whether a finalised run of the employer's with payslips paid from one day to another. */
  public boolean paidBetween(long accountId, LocalDate from, LocalDate to) {
    return em.createQuery(
                "select count(r) from PayRunEntity r where r.accountId = :a and r.status ="
                    + " org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and r.payslips > 0 and r.paymentDate >= :from and"
                    + " r.paymentDate <= :to",
                Long.class)
            .setParameter("a", accountId)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult()
        > 0;
  }

  /** The SSP this payroll paid the PA in the tax year (finalised runs). */
  public Money statutorySickPay(long employmentId, TaxYear year) {
    return Money.total(
        em.createQuery(
                "select s.ssp from PayslipEntity s, PayRunEntity r where"
                    + " s.payRunId = r.id and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.employmentId = :e and"
                    + " s.taxYear = :y",
                Money.class)
            .setParameter("e", employmentId)
            .setParameter("y", year.toString())
            .getResultList());
  }

  /**
   * This employment's figures from finalised payslips of the tax year up to a day; empty if none.
   */
  public Optional<FiguresToDate> figures(long employmentId, TaxYear year, LocalDate upTo) {
    List<Object[]> rows =
        em.createQuery(
                "select s.taxablePay, s.incomeTax, s.studentLoans, s.postgraduateLoans,"
                    + " s.pensionNetPay, s.earningsForNi, s.atLel, s.lelToPt, s.ptToUel,"
                    + " s.employeeNi, s.employerNi from PayslipEntity s, PayRunEntity r where"
                    + " s.payRunId = r.id and s.employmentId = :e and r.status ="
                    + " org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.taxYear = :y and s.paymentDate <= :upTo",
                Object[].class)
            .setParameter("e", employmentId)
            .setParameter("y", year.toString())
            .setParameter("upTo", upTo)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Money[] t = PayslipTotals.columns(rows, 0, 11);
    return Optional.of(
        new FiguresToDate(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10]));
  }

  private Optional<P60Entity> row(long employmentId, TaxYear year) {
    return em.createQuery(
            "select p from P60Entity p where p.employmentId = :e and p.taxYear = :y",
            P60Entity.class)
        .setParameter("e", employmentId)
        .setParameter("y", year.toString())
        .getResultStream()
        .findFirst();
  }

  private static IssuedP60 issued(P60Entity p) {
    return new IssuedP60(
        p.getEmploymentId(),
        TaxYear.parse(p.getTaxYear()),
        p.getTaxablePay(),
        p.getIncomeTax(),
        p.getMadeAt(),
        p.getMadeBy());
  }
}
