package org.dpsupport.monitoring.domain.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.layout.PageText;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.layout.Word;
import org.dpsupport.monitoring.domain.model.receipt.Confidence;
import org.dpsupport.monitoring.domain.model.receipt.Finding;
import org.dpsupport.monitoring.domain.model.receipt.Receipt;
import org.dpsupport.monitoring.domain.model.receipt.ReceiptLine;
import org.dpsupport.monitoring.domain.model.receipt.ReceiptReading;
import org.dpsupport.monitoring.domain.model.statement.Refusal;
import org.dpsupport.monitoring.domain.model.statement.RefusalReason;

/**
 * Finds the supplier, date, total and VAT on a receipt or invoice by the labels and layout shops
 * and care providers use, and says how sure it is of each. Anything it cannot find sends the
 * document to an officer rather than guessing.
 */
public final class ReceiptFinder {

  private static final Pattern STRONG_TOTAL =
      Pattern.compile(
          "(?i)^(?:grand total|total due|total to pay|total payable|amount due|balance due"
              + "|amount payable|total amount|invoice total|total \\(inc(?:l|luding)?\\.? vat\\))\\b.*");
  private static final Pattern TOTAL = Pattern.compile("(?i)^total\\b.*");
  private static final Pattern NOT_TOTAL =
      Pattern.compile("(?i).*\\b(?:sub\\s?-?total|net|vat)\\b.*");
  private static final Pattern VAT_LINE = Pattern.compile("(?i).*\\bvat\\b.*");
  private static final Pattern NOT_VAT =
      Pattern.compile(
          "(?i).*\\b(?:reg(?:istration|istered)?\\.?|no\\.?|number|exempt|excl(?:uding)?|inc(?:l|luding)?)\\b.*");
  private static final Pattern NET =
      Pattern.compile("(?i)^(?:sub\\s?-?total|net(?: amount| total)?|total net|goods)\\b.*");
  private static final Pattern DATE_LABEL =
      Pattern.compile(
          "(?i).*\\b(?:invoice date|date of invoice|receipt date|tax point|date)\\b[:\\s]*(.*)");
  private static final Pattern GENERIC_HEADING =
      Pattern.compile(
          "(?i)^(?:receipt|invoice|tax invoice|vat invoice|sales receipt|customer copy|thank you.*)$");

  private final List<BigDecimal> vatRates;

  /**
   * @param vatRates the UK VAT rates in percent, e.g. 20 and 5 (from vat-rates.properties)
   */
  public ReceiptFinder(List<BigDecimal> vatRates) {
    this.vatRates = List.copyOf(vatRates);
  }

  public ReceiptReading find(List<PageText> pages) {
    List<TextLine> lines = new ArrayList<>();
    pages.forEach(p -> lines.addAll(p.lines()));
    Optional<Finding<String>> supplier =
        supplier(pages.isEmpty() ? List.of() : pages.get(0).lines());
    Optional<Finding<LocalDate>> date = date(lines);
    Optional<Finding<Money>> total = total(lines);
    if (total.isEmpty()) {
      return officer("total");
    }
    if (date.isEmpty()) {
      return officer("date");
    }
    if (supplier.isEmpty()) {
      return officer("supplier's name");
    }
    Optional<Finding<Money>> vat = vat(lines, total.get().value());
    if (vat.isPresent()
        && vat.get().confidence() == Confidence.HIGH
        && total.get().confidence() != Confidence.HIGH) {
      // net plus VAT came to this total, which confirms it
      total =
          Optional.of(new Finding<>(total.get().value(), Confidence.HIGH, total.get().evidence()));
    }
    return new ReceiptReading.Read(
        new Receipt(supplier.get(), date.get(), total.get(), vat, items(lines, supplier.get())));
  }

  /**
   * The item lines: above the first total, net or VAT line, each a description with one figure at
   * its end (a quantity before it is part of the description), not a label such as the date.
   */
  private static List<ReceiptLine> items(List<TextLine> lines, Finding<String> supplier) {
    List<ReceiptLine> items = new ArrayList<>();
    for (TextLine line : lines) {
      String text = line.text();
      if (STRONG_TOTAL.matcher(text).matches()
          || TOTAL.matcher(text).matches()
          || NET.matcher(text).matches()
          || (VAT_LINE.matcher(text).matches() && lastFigure(line).isPresent())) {
        break;
      }
      List<Word> words = line.words();
      if (words.size() < 2 || text.equals(supplier.value())) {
        continue;
      }
      Optional<PrintedAmount> figure = PrintedAmount.read(words.get(words.size() - 1).text());
      if (figure.isEmpty()
          || DATE_LABEL.matcher(text).matches()
          || !datesIn(text).isEmpty()
          || VAT_LINE.matcher(text).matches()) {
        continue;
      }
      String description =
          text.substring(0, text.length() - words.get(words.size() - 1).text().length()).strip();
      // "Shower stool x2 4.50 9.00": the line's total is its last figure
      if (description.chars().anyMatch(Character::isLetter)) {
        items.add(new ReceiptLine(description, figure.get().asBalance()));
      }
    }
    return items;
  }

  private static ReceiptReading officer(String what) {
    return new ReceiptReading.ForOfficer(Refusal.of(RefusalReason.RECEIPT_UNCLEAR, what));
  }

  /** The business name: the largest print near the top, which receipts and invoices lead with. */
  private static Optional<Finding<String>> supplier(List<TextLine> firstPage) {
    List<TextLine> candidates = new ArrayList<>();
    for (TextLine line : firstPage.subList(0, Math.min(firstPage.size(), 12))) {
      String text = line.text();
      if (!GENERIC_HEADING.matcher(text).matches()
          && text.chars().anyMatch(Character::isLetter)
          && UkDates.DATE_IN_TEXT.matcher(text).results().findAny().isEmpty()) {
        candidates.add(line);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    TextLine largest = candidates.get(0);
    for (TextLine line : candidates) {
      if (line.fontSize() > largest.fontSize()) {
        largest = line;
      }
    }
    final float size = largest.fontSize();
    long asLarge = candidates.stream().filter(l -> l.fontSize() >= size - 0.5f).count();
    boolean standsOut = asLarge == 1 && firstPage.stream().anyMatch(l -> l.fontSize() < size - 2);
    Confidence confidence =
        standsOut
            ? Confidence.HIGH
            : largest == candidates.get(0) ? Confidence.MEDIUM : Confidence.LOW;
    return Optional.of(new Finding<>(largest.text(), confidence, largest.text()));
  }

  private static Optional<Finding<LocalDate>> date(List<TextLine> lines) {
    List<LocalDate> unlabelled = new ArrayList<>();
    String unlabelledEvidence = "";
    for (TextLine line : lines) {
      String text = line.text();
      List<LocalDate> dates = datesIn(text);
      if (dates.isEmpty()) {
        continue;
      }
      Matcher label = DATE_LABEL.matcher(text);
      if (label.matches() && dates.size() == 1 && !datesIn(label.group(1)).isEmpty()) {
        return Optional.of(new Finding<>(dates.get(0), Confidence.HIGH, text));
      }
      if (dates.size() == 1 && unlabelled.isEmpty()) {
        unlabelledEvidence = text;
      }
      if (dates.size() == 1) {
        unlabelled.add(dates.get(0));
      }
    }
    if (unlabelled.isEmpty()) {
      return Optional.empty();
    }
    Confidence confidence =
        unlabelled.stream().distinct().count() == 1 ? Confidence.MEDIUM : Confidence.LOW;
    return Optional.of(new Finding<>(unlabelled.get(0), confidence, unlabelledEvidence));
  }

  private static List<LocalDate> datesIn(String text) {
    List<LocalDate> dates = new ArrayList<>();
    Matcher m = UkDates.DATE_IN_TEXT.matcher(text);
    while (m.find()) {
      UkDates.readFull(m.group()).ifPresent(dates::add);
    }
    return dates;
  }

  private static Optional<Finding<Money>> total(List<TextLine> lines) {
    Optional<Finding<Money>> strong = Optional.empty();
    Optional<Finding<Money>> plain = Optional.empty();
    Money largest = null;
    for (TextLine line : lines) {
      String text = line.text();
      Optional<Money> figure = lastFigure(line);
      if (figure.isEmpty()) {
        continue;
      }
      if (largest == null || figure.get().compareTo(largest) > 0) {
        largest = figure.get();
      }
      if (STRONG_TOTAL.matcher(text).matches()) {
        strong = Optional.of(new Finding<>(figure.get(), Confidence.HIGH, text));
      } else if (TOTAL.matcher(text).matches() && !NOT_TOTAL.matcher(text).matches()) {
        plain = Optional.of(new Finding<>(figure.get(), Confidence.MEDIUM, text));
      }
    }
    if (strong.isPresent()) {
      return strong;
    }
    if (plain.isPresent()) {
      boolean isLargest = plain.get().value().equals(largest);
      return Optional.of(
          new Finding<>(
              plain.get().value(),
              isLargest ? Confidence.HIGH : Confidence.MEDIUM,
              plain.get().evidence()));
    }
    return Optional.empty();
  }

  private Optional<Finding<Money>> vat(List<TextLine> lines, Money total) {
    Optional<Money> net = Optional.empty();
    for (TextLine line : lines) {
      if (NET.matcher(line.text()).matches()) {
        net = lastFigure(line);
      }
    }
    for (TextLine line : lines) {
      String text = line.text();
      String withoutRate = text.replaceAll("\\d+(?:\\.\\d+)?\\s?%", "");
      if (!VAT_LINE.matcher(text).matches()
          || NOT_VAT.matcher(withoutRate).matches()
          || STRONG_TOTAL.matcher(text).matches()) {
        continue;
      }
      Optional<Money> figure = lastFigure(line);
      if (figure.isEmpty()) {
        continue;
      }
      Money vat = figure.get();
      boolean addsUp = net.isPresent() && net.get().plus(vat).equals(total);
      return Optional.of(
          new Finding<>(
              vat, addsUp || matchesARate(vat, total) ? Confidence.HIGH : Confidence.MEDIUM, text));
    }
    return Optional.empty();
  }

  /** VAT inside a VAT-inclusive total is total × rate / (100 + rate), to the penny either way. */
  private boolean matchesARate(Money vat, Money total) {
    for (BigDecimal rate : vatRates) {
      BigDecimal exact =
          total
              .amount()
              .multiply(rate)
              .divide(rate.add(BigDecimal.valueOf(100)), 6, RoundingMode.HALF_UP);
      if (exact.subtract(vat.amount()).abs().compareTo(new BigDecimal("0.01")) <= 0) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Money> lastFigure(TextLine line) {
    List<Word> words = line.words();
    for (int i = words.size() - 1; i >= 0; i--) {
      String text = words.get(i).text();
      if (text.toLowerCase(Locale.ROOT).endsWith("%")) {
        continue;
      }
      Optional<PrintedAmount> figure = PrintedAmount.read(text);
      if (figure.isPresent()) {
        return Optional.of(Money.of(figure.get().size()));
      }
    }
    return Optional.empty();
  }
}
