package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dpsupport.payroll.domain.model.tax.TaxCodeHistory;
import org.dpsupport.payroll.domain.model.tax.TaxCodeNotice;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.TaxCodeNotices;
import org.dpsupport.server.security.Viewer;

/**
 * HMRC's tax code notices for a PA (P6, P6B, P9): agency staff record them as they arrive, and the
 * pay run uses the one in use on its pay day ({@link TaxCodeHistory}). Load, decide (the domain),
 * store, audit.
 */
@ApplicationScoped
public class TaxCodeService {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** A notice as staff type it (or an API client sends it); {@code usedFrom} may be left out. */
  public record NoticeRequest(
      String kind, String taxCode, boolean week1Month1, LocalDate issuedOn, LocalDate usedFrom) {}

  /** One notice as pages and the API show it, with a sentence that says it in words. */
  public record NoticeView(
      String kind,
      String taxCode,
      boolean week1Month1,
      LocalDate issuedOn,
      LocalDate usedFrom,
      String description) {
    /**
     * The notice in words: "1257L from 20 November 2026 (HMRC's P6 notice dated 20 November 2026)".
     */
    public static NoticeView of(TaxCodeNotice n) {
      String from =
          n.kind() == TaxCodeNotice.Kind.STARTER
              ? n.codeInWords() + " " + n.kind().words() + ", from " + DAY.format(n.usedFrom())
              : n.codeInWords()
                  + " from "
                  + DAY.format(n.usedFrom())
                  + " ("
                  + n.kind().words()
                  + " dated "
                  + DAY.format(n.issuedOn())
                  + ")";
      return new NoticeView(
          n.kind().name(), n.taxCode(), n.week1Month1(), n.issuedOn(), n.usedFrom(), from);
    }
  }

  /**
   * A PA's tax code today, the notices still to come (soonest first) and every notice recorded.
   * {@code inForce} is null where no code is in use yet.
   */
  public record TaxCodesView(
      long employmentId,
      long accountId,
      String paName,
      String inForce,
      List<NoticeView> coming,
      List<NoticeView> notices) {}

  @Inject PayrollAccess access;

  @Inject TaxCodeNotices notices;

  @Inject AuditLog audit;

  @Inject Clock clock;

  /** A PA's codes, for the PA, their employer and the employer's agency. */
  public TaxCodesView of(Viewer viewer, long employmentId) {
    return view(access.employment(viewer, employmentId, "Tax code"));
  }

  /**
   * Records an HMRC notice for a PA: only the employer's own agency staff; the notice is checked by
   * the domain (refused in plain words, nothing stored) and audited with who and why.
   */
  @Transactional
  public TaxCodesView record(Viewer viewer, long employmentId, NoticeRequest request) {
    PaEmploymentEntity employment = access.employment(viewer, employmentId, "Tax code");
    access.ownAgencyStaff(viewer, employment.getAccountId());
    if (request == null) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Send the notice: its kind (P6, P6B or P9), the tax code and its date of issue.");
    }
    LocalDate today = LocalDate.now(clock);
    TaxCodeNotice notice;
    try {
      notice =
          TaxCodeNotice.fromHmrc(
              kind(request.kind()),
              request.taxCode(),
              request.week1Month1(),
              request.issuedOn(),
              request.usedFrom(),
              today);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw PayrollProblem.badInput(e);
    }
    if (notice.usedFrom().isBefore(employment.getStartDate())) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "The PA started on "
              + DAY.format(employment.getStartDate())
              + ", after the date this code is used from. Check the dates on the notice.");
    }
    notices.add(employmentId, notice, viewer.username(), OffsetDateTime.now(clock));
    audit.record(
        viewer.username(),
        "PAYROLL_TAX_CODE_NOTICE",
        "PayrollEmployee",
        employmentId,
        NoticeView.of(notice).description());
    return view(employment);
  }

  private static TaxCodeNotice.Kind kind(String text) {
    String k = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    return switch (k) {
      case "P6" -> TaxCodeNotice.Kind.P6;
      case "P6B" -> TaxCodeNotice.Kind.P6B;
      case "P9" -> TaxCodeNotice.Kind.P9;
      default ->
          throw new IllegalArgumentException(
              "Say which HMRC notice this is: P6, P6B or P9 (printed at the top of the notice).");
    };
  }

  private TaxCodesView view(PaEmploymentEntity employment) {
    long employmentId = employment.getId();
    List<TaxCodeNotice> all = notices.notices(employmentId);
    TaxCodeHistory history = new TaxCodeHistory(all);
    LocalDate today = LocalDate.now(clock);
    return new TaxCodesView(
        employmentId,
        employment.getAccountId(),
        employment.getPaName(),
        history.on(today).map(TaxCodeHistory.InForce::codeInWords).orElse(null),
        history.comingAfter(today).stream().map(NoticeView::of).toList(),
        all.stream().map(NoticeView::of).toList());
  }
}
