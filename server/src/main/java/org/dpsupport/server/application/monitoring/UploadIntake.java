package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpsupport.monitoring.application.ReceiptReader;
import org.dpsupport.monitoring.application.StatementReader;
import org.dpsupport.monitoring.domain.model.receipt.Confidence;
import org.dpsupport.monitoring.domain.model.receipt.Finding;
import org.dpsupport.monitoring.domain.model.receipt.Receipt;
import org.dpsupport.monitoring.domain.model.receipt.ReceiptReading;
import org.dpsupport.monitoring.domain.model.reconciliation.ReturnReceipt;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;
import org.dpsupport.monitoring.domain.model.statement.StatementReading;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadKind;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadOutcome;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadRecords;

/**
 * Keeps an uploaded file before anything reads it (its own transaction, so the bytes survive
 * whatever reading does), recognises a duplicate by its SHA-256, then reads it in a second
 * transaction and records what was found in words the budget holder understands. The files and what
 * was read from them are kept by {@link UploadRecords}.
 */
@ApplicationScoped
public class UploadIntake {

  /** A stored upload: its id and whether the same file was already with this return. */
  public record Stored(long uploadId, boolean duplicate) {}

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject UploadRecords uploadRecords;

  private final StatementReader statements = new StatementReader();
  private final ReceiptReader receipts = new ReceiptReader();

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Stored store(long returnId, UploadKind kind, String fileName, byte[] bytes, String actor) {
    String sha = sha256(bytes);
    Optional<Long> same = uploadRecords.sameFile(returnId, sha);
    if (same.isPresent()) {
      return new Stored(same.get(), true);
    }
    UploadEntity u =
        new UploadEntity()
            .setReturnId(returnId)
            .setKind(kind)
            .setFileName(
                fileName == null || fileName.isBlank() ? "upload.pdf" : clip(fileName, 250))
            .setSha256(sha)
            .setSizeBytes((long) bytes.length)
            .setContent(bytes)
            .setUploadedBy(actor)
            .setUploadedAt(OffsetDateTime.now(clock))
            .setOutcome(UploadOutcome.RECEIVED)
            .setMessage(
                "We have your file. We have not read it yet; an officer will look at it if we cannot.");
    uploadRecords.keep(u);
    audit.record(
        actor,
        "RETURN_UPLOAD_STORED",
        "Return",
        returnId,
        kind + " " + u.getFileName() + " (" + bytes.length + " bytes, sha256 " + sha + ")");
    return new Stored(u.getId(), false);
  }

  /** What the budget holder is told when they send a file the return already has. */
  public static String alreadyUploaded(String fileName, String message) {
    return "You have already uploaded this file ("
        + fileName
        + "), so we have not added it again. "
        + message;
  }

  /**
   * Reads a stored upload and records the outcome; anything unexpected leaves it for an officer.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public UploadEntity ingest(long uploadId) {
    UploadEntity u = uploadRecords.find(uploadId);
    if (u.outcome() != UploadOutcome.RECEIVED) {
      return u;
    }
    if (u.kind() == UploadKind.STATEMENT) {
      StatementReading reading = statements.read(u.getContent());
      if (reading instanceof StatementReading.Read read) {
        recordStatement(u, read.statement());
      } else if (reading instanceof StatementReading.Refused refused) {
        u.setOutcome(UploadOutcome.NEEDS_OFFICER).setMessage(refused.refusal().message());
      }
    } else {
      recordReceipt(u, receipts.read(u.getContent()));
    }
    return u;
  }

  /**
   * Checks a file just read against the return it was sent for, and refuses it (outcome {@code
   * REFUSED}, with the reason in a sentence, left out of the reconciliation) when it cannot be
   * evidence: a statement printed in someone else's name, a statement or receipt for dates outside
   * the return's period.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public UploadEntity checkEvidence(long uploadId, ReturnPeriod period, String accountName) {
    UploadEntity u = uploadRecords.find(uploadId);
    String returnDates = day(period.start()) + " to " + day(period.lastDay());
    String refusal = null;
    if (u.kind() == UploadKind.STATEMENT
        && u.getPeriodStart() != null
        && (u.outcome() == UploadOutcome.READ || u.outcome() == UploadOutcome.READ_UNVERIFIED)) {
      String printed = u.getStatementHolder();
      if (printed != null && !EvidenceNames.sameHolder(printed, accountName)) {
        refusal =
            "This statement is in the name of "
                + printed
                + ", but this return is for "
                + accountName
                + "'s direct payment account. Upload the statements of that account.";
      } else if (!u.getPeriodStart().isBefore(period.endExclusive())
          || !u.getPeriodEndExcl().isAfter(period.start())) {
        refusal =
            "This statement is for "
                + day(u.getPeriodStart())
                + " to "
                + day(u.getPeriodEndExcl().minusDays(1))
                + ", which is outside this return's period ("
                + returnDates
                + "). Upload the statements for "
                + returnDates
                + ".";
      }
    } else if (u.kind() != UploadKind.STATEMENT
        && u.outcome() == UploadOutcome.READ
        && u.getReceiptDate() != null
        && (u.getReceiptDate().isBefore(period.start())
            || !u.getReceiptDate().isBefore(period.endExclusive()))) {
      refusal =
          "This "
              + (u.kind() == UploadKind.INVOICE ? "invoice" : "receipt")
              + " is dated "
              + day(u.getReceiptDate())
              + ", which is outside this return's period ("
              + returnDates
              + "). Upload it with the return for the period it was paid in.";
    }
    if (refusal != null) {
      uploadRecords.deleteLines(uploadId);
      u.setOutcome(UploadOutcome.REFUSED).setMessage(refusal);
      audit.record(u.getUploadedBy(), "RETURN_UPLOAD_REFUSED", "Return", u.getReturnId(), refusal);
    }
    return u;
  }

  /** Reading failed in a way the reader did not foresee: the file stays, for an officer to read. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void markForOfficer(long uploadId) {
    UploadEntity u = uploadRecords.find(uploadId);
    u.setOutcome(UploadOutcome.NEEDS_OFFICER)
        .setMessage("We kept your file but could not read it. An officer will look at it.");
  }

  private static void recordReceipt(UploadEntity u, ReceiptReading reading) {
    if (reading instanceof ReceiptReading.Read read) {
      Receipt r = read.receipt();
      u.setOutcome(UploadOutcome.READ)
          .setMessage(describe(r))
          .setReceiptSupplier(clip(r.supplier().value(), 200))
          .setReceiptDate(r.date().value())
          .setReceiptTotal(r.total().value())
          .setReceiptConfidence(r.overallConfidence());
    } else if (reading instanceof ReceiptReading.ForOfficer officer) {
      u.setOutcome(UploadOutcome.NEEDS_OFFICER).setMessage(officer.reason().message());
    }
  }

  /**
   * A receipt or invoice upload as reconciliation takes it: what was read, or for a person to read.
   * One read before its supplier, date and total were kept is read again from the bytes kept.
   */
  ReturnReceipt asReturnReceipt(UploadEntity u) {
    String id = String.valueOf(u.getId());
    ReturnReceipt.Kind kind =
        u.kind() == UploadKind.INVOICE ? ReturnReceipt.Kind.INVOICE : ReturnReceipt.Kind.RECEIPT;
    if (u.outcome() != UploadOutcome.READ) {
      return new ReturnReceipt.ForPerson(id, u.getFileName(), u.getMessage());
    }
    if (u.getReceiptTotal() == null) {
      recordReceipt(u, receipts.read(u.getContent()));
      if (u.outcome() != UploadOutcome.READ) {
        return new ReturnReceipt.ForPerson(id, u.getFileName(), u.getMessage());
      }
    }
    // the lowest confidence stands for each finding: reconciliation only asks whether any is LOW
    Confidence confidence = u.getReceiptConfidence();
    Receipt receipt =
        new Receipt(
            new Finding<>(u.getReceiptSupplier(), confidence, ""),
            new Finding<>(u.getReceiptDate(), confidence, ""),
            new Finding<>(u.getReceiptTotal(), confidence, ""),
            Optional.empty());
    return new ReturnReceipt.Read(id, u.getFileName(), kind, receipt);
  }

  private void recordStatement(UploadEntity u, Statement s) {
    List<StatementLine> lines = s.lines();
    Optional<StatementPeriod> period =
        s.account()
            .period()
            .or(
                () ->
                    lines.isEmpty()
                        ? Optional.empty()
                        : Optional.of(
                            StatementPeriod.printed(
                                lines.get(0).date(), lines.get(lines.size() - 1).date())));
    uploadRecords.addLines(u.getId(), lines);
    u.setVerified(s.verified())
        .setStatementHolder(s.account().holder().map(h -> clip(h, 200)).orElse(null))
        .setPeriodStart(period.map(StatementPeriod::start).orElse(null))
        .setPeriodEndExcl(period.map(StatementPeriod::endExclusive).orElse(null))
        .setOpeningBalance(s.account().openingBalance().orElse(null))
        .setClosingBalance(s.account().closingBalance().orElse(null));
    String dates = period.map(p -> " for " + day(p.start()) + " to " + day(p.lastDay())).orElse("");
    String read =
        "We read "
            + lines.size()
            + (lines.size() == 1 ? " payment" : " payments")
            + " from your statement"
            + dates;
    if (s.verified()) {
      u.setOutcome(UploadOutcome.READ).setMessage(read + ".");
    } else {
      u.setOutcome(UploadOutcome.READ_UNVERIFIED)
          .setMessage(
              read
                  + (s.verification().uncheckable()
                      ? ", but it does not print the balances we need to check them,"
                      : ", but they do not add up to the balances it prints,")
                  + " so an officer will check it.");
    }
  }

  private static String describe(Receipt r) {
    return "We read a receipt from "
        + r.supplier().value()
        + " dated "
        + day(r.date().value())
        + " for "
        + r.total().value().formatted()
        + ".";
  }

  /** A day as people write it: 7 December 2026. */
  public static String day(LocalDate d) {
    return DAY.format(d);
  }

  private static String clip(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
