package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.tax.TaxCodeHistory;
import org.dpsupport.payroll.domain.model.tax.TaxCodeNotice;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.interfaces.file.DpsNoticeFile;
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

  /**
   * A notice as staff type it (or an API client sends it); {@code usedFrom} may be left out, and so
   * may the pay and tax in earlier employments this tax year that a P6 can carry.
   */
  public record NoticeRequest(
      String kind,
      String taxCode,
      boolean week1Month1,
      LocalDate issuedOn,
      LocalDate usedFrom,
      BigDecimal previousPay,
      BigDecimal previousTax) {}

  /** What an HMRC notices file did: each notice in words, recorded or already there. */
  public record DpsImport(
      long accountId, int recorded, int alreadyRecorded, List<String> notices) {}

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
      List<NoticeView> notices,
      String earlierEmployments) {}

  /** The largest notices file taken: a year of notices for an employer is a few kilobytes. */
  public static final long NOTICES_FILE_LIMIT = 5L * 1024 * 1024;

  @Inject PayrollAccess access;

  @Inject TaxCodeNotices notices;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject YearEndService yearEnd;

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
    TaxCodeNotice notice = checked(employment, request, "");
    store(
        viewer,
        employmentId,
        notice,
        request.previousPay() == null ? null : Money.of(request.previousPay()),
        request.previousTax() == null ? null : Money.of(request.previousTax()),
        "");
    return view(employment);
  }

  /** A notice read from HMRC's file, checked, with the PA it is for, before any is kept. */
  private record NoticeRead(
      TaxCodeNotices.PayrollPerson pa, TaxCodeNotice notice, DpsNoticeFile.Notice read) {}

  /**
   * Applies the tax code notices in a file saved from HMRC's Data Provisioning Service (P6, P6B,
   * P9) to one employer's PAs, matched by National Insurance number, or works number where the
   * notice has no NI number. The whole file is checked first: a malformed file, another employer's
   * notices or a PA not on this payroll refuse it whole and nothing is stored. A notice already
   * recorded is not recorded twice. Only the employer's own agency staff; audited.
   */
  @Transactional
  public DpsImport importDps(Viewer viewer, long accountId, byte[] file) {
    String paye = employerForNotices(viewer, accountId).payeReference();
    List<DpsNoticeFile.Notice> read;
    try {
      read = DpsNoticeFile.read(file);
    } catch (DpsNoticeFile.Refused e) {
      throw PayrollProblem.badInput(e);
    }
    List<TaxCodeNotices.PayrollPerson> people = notices.onPayroll(accountId);
    List<NoticeRead> toStore = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      DpsNoticeFile.Notice n = read.get(i);
      String where = "Notice " + (i + 1) + " in the file";
      if (!n.employerRef().isEmpty() && !sameReference(n.employerRef(), paye)) {
        throw new PayrollProblem(
            PayrollProblem.Kind.BAD_INPUT,
            where
                + " is for the employer with PAYE reference "
                + n.employerRef()
                + ", not this employer ("
                + paye
                + "). Upload each employer's own notices file. Nothing from this file was"
                + " recorded.");
      }
      TaxCodeNotices.PayrollPerson pa = match(people, n, where);
      PaEmploymentEntity employment = access.employment(viewer, pa.employmentId(), "Tax code");
      TaxCodeNotice notice =
          checked(
              employment,
              new NoticeRequest(
                  n.kind().name(),
                  n.taxCode(),
                  n.week1Month1(),
                  n.issuedOn(),
                  n.effectiveFrom(),
                  n.hasPreviousPay() ? n.previousPay().amount() : null,
                  n.hasPreviousPay() ? n.previousTax().amount() : null),
              where + " (" + pa.name() + "): ");
      toStore.add(new NoticeRead(pa, notice, n));
    }
    int recorded = 0;
    int already = 0;
    List<String> lines = new ArrayList<>();
    for (NoticeRead row : toStore) {
      TaxCodeNotices.PayrollPerson pa = row.pa();
      TaxCodeNotice notice = row.notice();
      DpsNoticeFile.Notice n = row.read();
      String words = pa.name() + ": " + NoticeView.of(notice).description();
      if (notices.notices(pa.employmentId()).contains(notice)) {
        already++;
        lines.add(words + ". Already recorded.");
        continue;
      }
      store(
          viewer,
          pa.employmentId(),
          notice,
          n.hasPreviousPay() ? n.previousPay() : null,
          n.hasPreviousPay() ? n.previousTax() : null,
          ", read from HMRC's notices file");
      recorded++;
      lines.add(words + ".");
    }
    return new DpsImport(accountId, recorded, already, List.copyOf(lines));
  }

  /**
   * The employer whose notices file agency staff upload: their own agency's, with its payroll set
   * up (409 otherwise).
   */
  public TaxCodeNotices.NoticesEmployer employerForNotices(Viewer viewer, long accountId) {
    access.ownAgencyStaff(viewer, accountId);
    TaxCodeNotices.NoticesEmployer employer = notices.employer(accountId);
    if (employer == null) {
      throw PayrollProblem.conflict(
          "This employer's payroll is not set up yet, so no PA can take a tax code. Set up the"
              + " payroll and add the PAs first.");
    }
    return employer;
  }

  /**
   * "£9,000.00 pay and £100.00 tax in earlier employments in the tax year 6 April 2026 to 5 April
   * 2027, counted from 20 November 2026", or null for none.
   */
  private static String earlierInWords(TaxCodeNotices.EarlierEmployments e) {
    if (e == null) {
      return null;
    }
    TaxYear year = TaxYear.parse(e.taxYear());
    return e.pay().formatted()
        + " pay and "
        + e.tax().formatted()
        + " tax in earlier employments in the tax year "
        + DAY.format(year.firstDay())
        + " to "
        + DAY.format(year.lastDay())
        + (e.from() == null ? "" : ", counted from " + DAY.format(e.from()));
  }

  private static boolean sameReference(String a, String b) {
    return a.replaceAll("\\s", "").equalsIgnoreCase(b.replaceAll("\\s", ""));
  }

  private static TaxCodeNotices.PayrollPerson match(
      List<TaxCodeNotices.PayrollPerson> people, DpsNoticeFile.Notice n, String where) {
    List<TaxCodeNotices.PayrollPerson> found =
        n.niNumber().isEmpty()
            ? people.stream().filter(p -> n.worksNumber().equalsIgnoreCase(p.payId())).toList()
            : people.stream().filter(p -> n.niNumber().equalsIgnoreCase(p.niNumber())).toList();
    if (found.size() == 1) {
      return found.get(0);
    }
    String who =
        (n.name().isEmpty() ? "someone" : n.name())
            + (n.niNumber().isEmpty()
                ? " (works number " + n.worksNumber() + ")"
                : " (National Insurance number " + n.niNumber() + ")");
    if (found.isEmpty()) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          where
              + " is for "
              + who
              + ", who is not on this employer's payroll. Check the file is this employer's, or"
              + " finish the PA's starter checklist first. Nothing from this file was recorded.");
    }
    throw new PayrollProblem(
        PayrollProblem.Kind.BAD_INPUT,
        where
            + " is for "
            + who
            + ", and more than one PA on this payroll has that number. Correct the PAs' records"
            + " first. Nothing from this file was recorded.");
  }

  /** The notice checked by the domain and against the PA's start; refusals prefixed by where. */
  private TaxCodeNotice checked(
      PaEmploymentEntity employment, NoticeRequest request, String where) {
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
      throw new PayrollProblem(PayrollProblem.Kind.BAD_INPUT, where + e.getMessage());
    }
    if (notice.usedFrom().isBefore(employment.getStartDate())) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          where
              + "The PA started on "
              + DAY.format(employment.getStartDate())
              + ", after the date this code is used from. Check the dates on the notice.");
    }
    BigDecimal pay = request.previousPay();
    BigDecimal tax = request.previousTax();
    if (pay != null || tax != null) {
      if (notice.kind() == TaxCodeNotice.Kind.P9) {
        throw new PayrollProblem(
            PayrollProblem.Kind.BAD_INPUT,
            where
                + "A P9 does not carry pay and tax from earlier employments: leave them out, or"
                + " say this is a P6.");
      }
      if (notice.week1Month1()) {
        throw new PayrollProblem(
            PayrollProblem.Kind.BAD_INPUT,
            where
                + "A code on a week 1/month 1 basis does not use pay and tax from earlier"
                + " employments: leave them out, or check the basis on the notice.");
      }
      if (pay == null || tax == null || pay.signum() < 0 || pay.scale() > 2 || tax.scale() > 2) {
        throw new PayrollProblem(
            PayrollProblem.Kind.BAD_INPUT,
            where
                + "Give both the previous pay and the previous tax printed on the notice, in pounds"
                + " and pence, like 9000.00 and 1040.20.");
      }
    }
    return notice;
  }

  private void store(
      Viewer viewer,
      long employmentId,
      TaxCodeNotice notice,
      Money previousPay,
      Money previousTax,
      String how) {
    notices.add(employmentId, notice, viewer.username(), OffsetDateTime.now(clock));
    audit.record(
        viewer.username(),
        "PAYROLL_TAX_CODE_NOTICE",
        "PayrollEmployee",
        employmentId,
        NoticeView.of(notice).description() + how);
    if (previousPay != null) {
      yearEnd.recordPrevious(
          viewer.username(),
          employmentId,
          TaxYear.containing(notice.usedFrom()),
          previousPay,
          previousTax,
          notice.usedFrom(),
          notice.kind().words() + " dated " + DAY.format(notice.issuedOn()) + how);
    }
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
        all.stream().map(NoticeView::of).toList(),
        earlierInWords(notices.earlierEmployments(employmentId)));
  }
}
