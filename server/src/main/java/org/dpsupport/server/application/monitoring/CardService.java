package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.application.CardFileReader;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.card.CardFileFormat;
import org.dpsupport.monitoring.domain.model.card.CardFileSummary;
import org.dpsupport.monitoring.domain.model.card.CardId;
import org.dpsupport.monitoring.domain.model.card.CardStatement;
import org.dpsupport.monitoring.domain.model.card.MerchantCategories;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.reconciliation.Reconciliation;
import org.dpsupport.monitoring.domain.service.Reconciler;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.CardImportEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.CardStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.FlagEntity;
import org.dpsupport.server.security.Viewer;

/**
 * Prepaid cards: the officer records the card an account is paid onto and imports the card
 * provider's CSV files. Each file is read row by row, refused whole if anything in it is wrong,
 * then reconciled like a statement (council loads, spending by merchant category, cash, blocked
 * businesses, surplus) and stored with its flags: the holder is asked for nothing unless a flag
 * needs them.
 */
@ApplicationScoped
public class CardService {

  private static final Logger LOG = Logger.getLogger(CardService.class.getName());

  private static final MerchantCategories MERCHANT_CATEGORIES = MerchantCategories.standard();

  @Inject AccountMonitoring accounts;

  @Inject MonitoringPolicies policies;

  @Inject CardStore cards;

  @Inject AuditLog audit;

  @Inject Clock clock;

  /** What an import found, for the officer and the API. */
  public record Imported(
      long id,
      String fileName,
      long transactions,
      LocalDate firstDate,
      LocalDate lastDate,
      BigDecimal openingBalance,
      BigDecimal closingBalance,
      BigDecimal surplus,
      List<FlagLine> flags) {}

  /** A flag on a card file: its kind, a title and sentence in plain words, the transaction. */
  public record FlagLine(long id, String kind, String title, String message, Integer line) {
    static FlagLine of(FlagEntity f) {
      return new FlagLine(
          f.getId(),
          f.getKind().name(),
          f.getKind().title(),
          f.getMessage(),
          f.getEvidenceLineNo());
    }
  }

  /** One stored transaction, oldest first, as imported and placed by reconciliation. */
  public record TransactionLine(
      int lineNo,
      long fileRow,
      LocalDate date,
      String merchant,
      Integer merchantCategory,
      BigDecimal amount,
      BigDecimal balance,
      String category,
      String source) {
    static TransactionLine of(CardStore.StoredTransaction t) {
      return new TransactionLine(
          t.lineNo(),
          t.fileRow(),
          t.date(),
          t.merchant(),
          t.merchantCategory(),
          t.amount(),
          t.balance(),
          t.category(),
          t.source());
    }
  }

  /** One imported file as the officer's page lists it. */
  public record ImportLine(
      long id,
      String fileName,
      long transactions,
      LocalDate firstDate,
      LocalDate lastDate,
      BigDecimal closingBalance,
      BigDecimal surplus,
      OffsetDateTime importedAt,
      String importedBy) {
    private static BigDecimal amount(Money m) {
      return m == null ? null : m.amount();
    }

    static ImportLine of(CardImportEntity i) {
      return new ImportLine(
          i.getId(),
          i.getFileName(),
          i.getTransactions(),
          i.getFirstDate(),
          i.getLastDate(),
          amount(i.getClosingBalance()),
          amount(i.getSurplus()),
          i.getImportedAt(),
          i.getImportedBy());
    }
  }

  /**
   * The card on the account's page: provider and card, its imports (newest first), the latest
   * import's spending by category, and the open flags on its files. Empty provider and card when no
   * card is recorded yet.
   */
  public record CardView(
      String provider,
      String cardId,
      List<ImportLine> imports,
      Map<String, BigDecimal> latestSpending,
      List<FlagLine> openFlags) {}

  /** Records the card an account is paid onto; officer of its council or administrator. */
  @Transactional
  public void recordCard(Viewer viewer, long accountId, String provider, String cardId) {
    accounts.requireOfficer(viewer, accountId);
    requireCardRoute(accountId);
    String name = provider == null ? "" : provider.strip().toLowerCase(java.util.Locale.UK);
    if (CardFileFormat.named(name).isEmpty()) {
      throw MonitoringException.invalid(
          "We do not know the card provider \"" + provider + "\". Choose Clearcard or Paycircle.");
    }
    CardId card;
    try {
      card = new CardId(cardId);
    } catch (IllegalArgumentException e) {
      throw MonitoringException.invalid(e.getMessage() + ".");
    }
    cards.recordCard(
        accountId,
        new CardStore.Card(name, card.value()),
        viewer.username(),
        OffsetDateTime.now(clock));
    audit.record(
        viewer.username(),
        "CARD_RECORDED",
        "DirectPaymentAccount",
        accountId,
        "Prepaid card " + card + " from " + name);
  }

  /**
   * Imports a card file: refused whole, changing nothing, if it is empty, too large, already
   * imported (the same file, or dates already imported), for another card, or not the provider's
   * CSV as recorded; otherwise stored with its reconciliation, audited, and the account re-rated.
   */
  @Transactional
  public Imported importFile(Viewer viewer, long accountId, String fileName, byte[] bytes) {
    DirectPaymentAccountEntity account = accounts.requireOfficer(viewer, accountId);
    requireCardRoute(accountId);
    CardStore.Card card =
        cards
            .card(accountId)
            .orElseThrow(
                () ->
                    MonitoringException.conflict(
                        "Record the card this direct payment is paid onto before importing its"
                            + " transactions."));
    if (bytes == null || bytes.length == 0) {
      throw MonitoringException.invalid("The file is empty. Choose the card file again.");
    }
    if (bytes.length > ReturnService.UPLOAD_LIMIT.maxBytes()) {
      throw MonitoringException.tooLarge(ReturnService.UPLOAD_LIMIT.sizeForPeople());
    }
    String name =
        fileName == null || fileName.isBlank() ? "card-transactions.csv" : fileName.strip();
    String sha256 = sha256(bytes);
    cards
        .sameFile(accountId, sha256)
        .ifPresent(
            earlier -> {
              throw MonitoringException.conflict(
                  "This card file was imported already, on "
                      + UploadIntake.day(earlier.getImportedAt().toLocalDate())
                      + " (\""
                      + earlier.getFileName()
                      + "\"). Nothing was changed.");
            });
    CardFileFormat format = CardFileFormat.named(card.provider()).orElseThrow();
    CardStatement.Collector lines = new CardStatement.Collector();
    CardFileSummary summary;
    try (Reader csv = new InputStreamReader(withoutByteOrderMark(bytes), StandardCharsets.UTF_8)) {
      summary = new CardFileReader(format).read(csv, new CardId(card.cardId()), lines);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (RuntimeException e) {
      LOG.info(
          () -> "Card file " + name + " for account " + accountId + " refused: " + e.getMessage());
      throw e;
    }
    cards
        .overlapping(accountId, summary.firstDate(), summary.lastDate())
        .ifPresent(
            earlier -> {
              throw MonitoringException.conflict(
                  "Transactions from "
                      + UploadIntake.day(earlier.getFirstDate())
                      + " to "
                      + UploadIntake.day(earlier.getLastDate())
                      + " were imported already from \""
                      + earlier.getFileName()
                      + "\". Export the card's transactions from the day after, and import"
                      + " each day once. Nothing was changed.");
            });
    CardStatement statement = lines.build("card", summary, format.order());
    Reconciliation result =
        new Reconciler(policies.reconciliation(account.getCouncilId()))
            .reconcileCards(accounts.terms(accountId), List.of(statement), MERCHANT_CATEGORIES);
    OffsetDateTime now = OffsetDateTime.now(clock);
    CardImportEntity file =
        new CardImportEntity(
                accountId,
                format.provider(),
                card.cardId(),
                name,
                sha256,
                bytes,
                viewer.username(),
                now)
            .setFigures(
                summary.transactions(),
                summary.firstDate(),
                summary.lastDate(),
                summary.opening(),
                summary.closing(),
                result.surplus());
    long id = cards.save(file, statement, result, now);
    audit.record(
        viewer.username(),
        "CARD_FILE_IMPORTED",
        "DirectPaymentAccount",
        accountId,
        "\""
            + name
            + "\" (sha256 "
            + sha256
            + "): "
            + summary.transactions()
            + " transactions from "
            + summary.firstDate()
            + " to "
            + summary.lastDate()
            + ", closing balance "
            + summary.closing().formatted()
            + "; "
            + result.flags().size()
            + " flag(s) "
            + result.flags().stream().map(f -> f.kind().name()).distinct().toList());
    accounts.rerate(accountId, viewer.username(), "Card file imported");
    return new Imported(
        id,
        name,
        summary.transactions(),
        summary.firstDate(),
        summary.lastDate(),
        summary.opening().amount(),
        summary.closing().amount(),
        result.surplus().amount(),
        cards.openFlags(accountId).stream()
            .filter(f -> f.getEvidenceCardImportId() == id)
            .map(FlagLine::of)
            .toList());
  }

  /**
   * Closes open flags on the account's card files with the officer's reason (officer of its
   * council, or administrator): audited, kept in the account's case history, and the account
   * re-rated. Refused, changing nothing, with no flag chosen, no reason, or a flag that is not open
   * on this card any more.
   */
  @Transactional
  public CardView closeFlags(Viewer viewer, long accountId, List<Long> flagIds, String reason) {
    accounts.requireOfficer(viewer, accountId);
    if (flagIds == null || flagIds.isEmpty()) {
      throw MonitoringException.invalid("Choose the flags you are closing.");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw MonitoringException.invalid(
          "Say why these flags can be closed. The budget holder may read this.");
    }
    if (why.length() > 2000) {
      throw MonitoringException.invalid("Say why in 2,000 characters or fewer.");
    }
    List<String> closed =
        cards.closeFlags(
            accountId, List.copyOf(flagIds), viewer.username(), OffsetDateTime.now(clock), why);
    if (closed.isEmpty()) {
      throw MonitoringException.conflict(
          "One of the chosen flags is not open on this card any more. Look at the card again"
              + " and choose from the flags shown. Nothing was changed.");
    }
    audit.record(
        viewer.username(),
        "CARD_FLAGS_CLOSED",
        "DirectPaymentAccount",
        accountId,
        closed.size()
            + " card flag(s) closed "
            + closed.stream().map(k -> FlagKind.valueOf(k).title()).distinct().toList()
            + ": "
            + why);
    accounts.rerate(accountId, viewer.username(), "Card flags closed");
    return card(viewer, accountId);
  }

  /** The account's card for its page; whoever may see the account may see this. */
  public CardView card(Viewer viewer, long accountId) {
    accounts.account(viewer, accountId);
    List<ImportLine> imports = cards.imports(accountId).stream().map(ImportLine::of).toList();
    return cards
        .card(accountId)
        .map(
            c ->
                new CardView(
                    CardFileFormat.named(c.provider())
                        .map(CardFileFormat::provider)
                        .orElse(c.provider()),
                    c.cardId(),
                    imports,
                    imports.isEmpty() ? Map.of() : cards.spending(imports.get(0).id()),
                    cards.openFlags(accountId).stream().map(FlagLine::of).toList()))
        .orElseGet(() -> new CardView("", "", imports, Map.of(), List.of()));
  }

  /** An import's stored transactions, oldest first, read back for whoever may see the account. */
  public List<TransactionLine> transactions(
      Viewer viewer, long accountId, long importId, int from, int max) {
    accounts.account(viewer, accountId);
    CardImportEntity file =
        cards
            .find(importId)
            .filter(i -> i.getAccountId() == accountId)
            .orElseThrow(
                () ->
                    MonitoringException.notFound(
                        "This direct payment has no card file " + importId + "."));
    return cards
        .transactions(file.getId(), Math.max(1, from), Math.min(Math.max(1, max), 1000))
        .stream()
        .map(TransactionLine::of)
        .toList();
  }

  private void requireCardRoute(long accountId) {
    if (accounts.monitored(accountId).getRoute() != Route.PREPAID_CARD) {
      throw MonitoringException.conflict(
          "This direct payment is not paid onto a prepaid card, so it has no card transactions.");
    }
  }

  private static ByteArrayInputStream withoutByteOrderMark(byte[] bytes) {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xef
            && (bytes[1] & 0xff) == 0xbb
            && (bytes[2] & 0xff) == 0xbf;
    return bom
        ? new ByteArrayInputStream(bytes, 3, bytes.length - 3)
        : new ByteArrayInputStream(bytes);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
