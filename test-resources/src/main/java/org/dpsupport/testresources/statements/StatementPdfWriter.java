package org.dpsupport.testresources.statements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.dpsupport.testresources.statements.StatementSpec.Columns;
import org.dpsupport.testresources.statements.StatementSpec.Orientation;
import org.dpsupport.testresources.statements.StatementSpec.Transaction;

/**
 * Draws a {@link StatementSpec} as a bank statement PDF with the Standard 14 fonts, and states its
 * ground truth: one {@link TruthRow} per transaction, with the balance only where printed.
 */
public final class StatementPdfWriter {

  private static final float BODY = 9f;
  private static final float ROW_PITCH = 14f;
  private static final float WRAP_PITCH = 11f;
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

  /** One transaction as the parser must report it. */
  public record TruthRow(
      LocalDate date, String description, BigDecimal amount, BigDecimal balance) {
    /** The CSV fields: ISO date, description, signed amount, balance or empty. */
    public List<String> csv() {
      return List.of(
          ISO.format(date),
          description,
          amount.setScale(2).toPlainString(),
          balance == null ? "" : balance.setScale(2).toPlainString());
    }
  }

  /** The PDF and what it says. */
  public record Written(byte[] pdf, List<TruthRow> truth, int pages) {}

  private final StatementSpec spec;
  private final StatementSpec.Layout layout;
  private PDFont font;
  private PDFont bold;
  private final float width;
  private final float height;
  private final DateTimeFormatter dateFormat;

  private StatementPdfWriter(StatementSpec spec) {
    this.spec = spec;
    this.layout = spec.layout();
    switch (spec.font()) {
      case "COURIER" -> {
        font = new PDType1Font(Standard14Fonts.FontName.COURIER);
        bold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
      }
      case "TIMES" -> {
        font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
      }
      default -> {
        font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      }
    }
    boolean landscape = spec.orientation() != Orientation.PORTRAIT;
    width = landscape ? PDRectangle.A4.getHeight() : PDRectangle.A4.getWidth();
    height = landscape ? PDRectangle.A4.getWidth() : PDRectangle.A4.getHeight();
    dateFormat = DateTimeFormatter.ofPattern(spec.dateFormat(), Locale.UK);
  }

  /** Writes the statement PDF and its ground truth. */
  public static Written write(StatementSpec spec) {
    try {
      return new StatementPdfWriter(spec).write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Written write() throws IOException {
    List<TruthRow> chronological = truth();
    List<Transaction> printed = new ArrayList<>(spec.transactions());
    List<TruthRow> truth = new ArrayList<>(chronological);
    if (layout.newestFirst()) {
      java.util.Collections.reverse(printed);
      java.util.Collections.reverse(truth);
    }
    if (spec.columns() == Columns.SECTIONS) {
      // money in first, then money out, each in date order
      printed.clear();
      truth.clear();
      for (boolean in : new boolean[] {true, false}) {
        for (int i = 0; i < spec.transactions().size(); i++) {
          if ((spec.transactions().get(i).amount().signum() > 0) == in) {
            printed.add(spec.transactions().get(i));
            truth.add(chronological.get(i));
          }
        }
      }
    }
    List<List<Integer>> pages = paginate();
    int pageCount = pages.size() + (layout.summaryAtEnd() ? 1 : 0);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (spec.font().equals("LIBERATION_SANS")) {
        // an embedded TrueType font, as app banks use: it has the Unicode minus sign
        try (java.io.InputStream ttf =
            PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
          font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, ttf);
          bold = font;
        }
      }
      BigDecimal running = spec.opening();
      int row = 0;
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = newPage(document);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
          if (spec.orientation() == Orientation.LANDSCAPE_ROTATED) {
            // landscape content on a portrait media box shown turned by /Rotate 90
            cs.transform(new Matrix(0, 1, -1, 0, PDRectangle.A4.getWidth(), 0));
          }
          float y = p == 0 ? firstPageHeader(cs) : continuationHeader(cs);
          boolean sections = spec.columns() == Columns.SECTIONS;
          if (!sections) {
            y = tableHeader(cs, y);
          }
          if (layout.forwardRows()) {
            y = broughtOrCarried(cs, y, layout.openingRow(), running);
          }
          LocalDate lastDatePrinted = null;
          Boolean section = null;
          for (int index : pages.get(p)) {
            Transaction t = printed.get(index);
            boolean in = t.amount().signum() > 0;
            if (sections && (section == null || section != in)) {
              if (section != null) {
                y = sectionTotal(cs, y, section, printed);
              }
              text(cs, bold, 10, 40, y, in ? "Money in" : "Money out");
              y = tableHeader(cs, y - 18);
              section = in;
            }
            running = running.add(t.amount());
            boolean printDate = !spec.dateOncePerDay() || !t.date().equals(lastDatePrinted);
            lastDatePrinted = t.date();
            y = transactionRow(cs, y, t, printDate, truth.get(row).balance());
            row++;
          }
          if (sections
              && section != null
              && (p == pages.size() - 1
                  || (printed.get(pages.get(p + 1).get(0)).amount().signum() > 0) != section)) {
            y = sectionTotal(cs, y, section, printed);
          }
          if (layout.forwardRows()) {
            broughtOrCarried(cs, y, layout.closingRow(), running);
          }
          footer(cs, p + 1, pageCount);
        }
      }
      if (layout.summaryAtEnd()) {
        PDPage page = newPage(document);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
          float top = continuationHeader(cs);
          summary(cs, top);
          footer(cs, pageCount, pageCount);
        }
      }
      FixtureGenerator.fixIdentifier(document, spec.name());
      document.save(out);
      return new Written(out.toByteArray(), truth, pageCount);
    }
  }

  /** "Total money in £1,234.00" under a section's table. */
  private float sectionTotal(PDPageContentStream cs, float y, boolean in, List<Transaction> all)
      throws IOException {
    BigDecimal total =
        all.stream()
            .map(Transaction::amount)
            .filter(a -> (a.signum() > 0) == in)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .abs();
    text(cs, bold, BODY, descriptionX(), y - 4, in ? "Total money in" : "Total money out");
    textRight(cs, bold, BODY, outRight(), y - 4, money(total, spec.poundSigns()));
    return y - 40;
  }

  private List<TruthRow> truth() {
    List<TruthRow> rows = new ArrayList<>();
    List<Transaction> ts = spec.transactions();
    BigDecimal running = spec.opening();
    for (int i = 0; i < ts.size(); i++) {
      Transaction t = ts.get(i);
      running = running.add(t.amount());
      boolean lastOfDay = i == ts.size() - 1 || !ts.get(i + 1).date().equals(t.date());
      boolean printed = layout.balanceColumn() && (spec.balanceOnEveryRow() || lastOfDay);
      BigDecimal shown = i + 1 == spec.misprintBalanceRow() ? running.add(BigDecimal.TEN) : running;
      rows.add(
          new TruthRow(
              t.date(),
              StatementSpec.truthDescription(t.description()),
              t.amount(),
              printed ? shown : null));
    }
    return rows;
  }

  private List<List<Integer>> paginate() {
    List<List<Integer>> pages = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int i = 0; i < spec.transactions().size(); i++) {
      current.add(i);
      if (current.size() == spec.rowsPerPage()) {
        pages.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty() || pages.isEmpty()) {
      pages.add(current);
    }
    return pages;
  }

  private PDPage newPage(PDDocument document) {
    PDPage page;
    switch (spec.orientation()) {
      case LANDSCAPE_WIDE ->
          page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      case LANDSCAPE_ROTATED -> {
        page = new PDPage(PDRectangle.A4);
        page.setRotation(90);
      }
      default -> page = new PDPage(PDRectangle.A4);
    }
    document.addPage(page);
    return page;
  }

  private float firstPageHeader(PDPageContentStream cs) throws IOException {
    float top = height - 50;
    text(cs, bold, 16, 40, top, spec.bank());
    text(cs, font, 11, 40, top - 18, "Current account statement");
    float y = top - 50;
    text(cs, font, BODY, 40, y, spec.holder());
    for (String line : spec.address()) {
      y -= 11;
      text(cs, font, BODY, 40, y, line);
    }
    float labelX = width - 270;
    float valueX = width - 170;
    text(cs, font, BODY, labelX, top - 50, "Account number");
    text(cs, font, BODY, valueX, top - 50, spec.accountNumber());
    text(cs, font, BODY, labelX, top - 61, "Sort code");
    text(cs, font, BODY, valueX, top - 61, spec.sortCode());
    DateTimeFormatter period = DateTimeFormatter.ofPattern(spec.periodFormat(), Locale.UK);
    text(cs, font, BODY, labelX, top - 72, "Statement period");
    text(
        cs,
        font,
        BODY,
        valueX,
        top - 72,
        period.format(spec.periodStart()) + " to " + period.format(spec.periodEnd()));

    if (layout.summaryAtEnd() || layout.summary() == StatementSpec.Summary.NONE) {
      return top - 110;
    }
    return summary(cs, top - 130);
  }

  /** The account summary in the bank's style; returns where the table may start. */
  private float summary(PDPageContentStream cs, float s) throws IOException {
    BigDecimal in =
        spec.transactions().stream()
            .map(Transaction::amount)
            .filter(a -> a.signum() > 0)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal out =
        spec.transactions().stream()
            .map(Transaction::amount)
            .filter(a -> a.signum() < 0)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .negate();
    DateTimeFormatter period = DateTimeFormatter.ofPattern(spec.periodFormat(), Locale.UK);
    switch (layout.summary()) {
      case WORDS_BETWEEN -> {
        text(cs, bold, 10, 40, s, "Your balances");
        summaryLine(
            cs,
            s - 14,
            "Opening balance on " + period.format(spec.periodStart()),
            balance(spec.opening(), true));
        summaryLine(cs, s - 26, "Total money in", money(in, true));
        summaryLine(cs, s - 38, "Total money out", money(out, true));
        summaryLine(
            cs,
            s - 50,
            "Closing balance on " + period.format(spec.periodEnd()),
            balance(spec.closing(), true));
        return s - 90;
      }
      case BOX -> {
        text(cs, bold, 10, 40, s, "Account summary");
        String[] labels = {"Opening balance", "Payments in", "Payments out", "Closing balance"};
        String[] values = {
          balance(spec.opening(), true),
          money(in, true),
          money(out, true),
          balance(spec.closing(), true)
        };
        float boxTop = s - 8;
        cs.addRect(36, boxTop - 34, width - 72, 34);
        cs.stroke();
        for (int i = 0; i < 4; i++) {
          float x = 44 + i * (width - 88) / 4;
          text(cs, font, 8, x, boxTop - 12, labels[i]);
          text(cs, bold, 10, x, boxTop - 27, values[i]);
        }
        return s - 80;
      }
      case CARDS -> {
        String[] labels = {"Start balance", "Money in", "Money out", "End balance"};
        String[] values = {
          balance(spec.opening(), true),
          "+" + money(in, true),
          minus() + money(out, true),
          balance(spec.closing(), true)
        };
        float cardWidth = (width - 80 - 3 * 10) / 4;
        for (int i = 0; i < 4; i++) {
          float x = 40 + i * (cardWidth + 10);
          cs.addRect(x, s - 40, cardWidth, 48);
          cs.stroke();
          text(cs, font, 7.5f, x + 8, s - 4, labels[i]);
          text(cs, bold, 14, x + 8, s - 24, values[i]);
        }
        return s - 80;
      }
      case NONE -> {
        return s;
      }
      default -> {
        text(cs, bold, 10, 40, s, "Your account summary");
        summaryLine(cs, s - 14, "Opening balance", balance(spec.opening(), true));
        summaryLine(cs, s - 26, "Money in", money(in, true));
        summaryLine(cs, s - 38, "Money out", money(out, true));
        summaryLine(cs, s - 50, "Closing balance", balance(spec.closing(), true));
        return s - 90;
      }
    }
  }

  /** The minus sign the font can print: the Unicode minus in an embedded font, else a hyphen. */
  private String minus() {
    return spec.font().equals("LIBERATION_SANS") ? "\u2212" : "-";
  }

  private void summaryLine(PDPageContentStream cs, float y, String label, String value)
      throws IOException {
    text(cs, font, BODY, 40, y, label);
    textRight(
        cs,
        font,
        BODY,
        layout.summary() == StatementSpec.Summary.WORDS_BETWEEN ? 330 : 270,
        y,
        value);
  }

  private float continuationHeader(PDPageContentStream cs) throws IOException {
    float top = height - 45;
    text(cs, bold, 12, 40, top, spec.bank());
    text(cs, font, BODY, 40, top - 14, "Statement continued");
    text(
        cs,
        font,
        BODY,
        width - 270,
        top,
        "Account number " + spec.accountNumber() + "   Sort code " + spec.sortCode());
    return top - 45;
  }

  private float dateColumnWidth() throws IOException {
    String widest = printDate(LocalDate.of(2026, 9, 30));
    return font.getStringWidth(widest) / 1000 * BODY + 18;
  }

  private float descriptionX() throws IOException {
    return 40 + dateColumnWidth();
  }

  private float balanceRight() {
    return width - 40;
  }

  private float inRight() {
    return width - 40 - 95;
  }

  private float outRight() {
    return spec.columns() == Columns.OUT_AND_IN ? width - 40 - 180 : width - 40 - 110;
  }

  private float tableHeader(PDPageContentStream cs, float y) throws IOException {
    heading(cs, 40, y, spec.dateHeader(), false);
    heading(cs, descriptionX(), y, spec.descriptionHeader(), false);
    heading(cs, outRight(), y, spec.outHeader(), true);
    if (spec.columns() == Columns.OUT_AND_IN) {
      heading(cs, inRight(), y, spec.inHeader(), true);
    }
    if (layout.balanceColumn()) {
      heading(cs, balanceRight(), y, spec.balanceHeader(), true);
    }
    return y - (spec.twoLineHeadings() ? 28 : 18);
  }

  /** A column heading, its words over two lines ("Money" above "out") where the bank does so. */
  private void heading(PDPageContentStream cs, float at, float y, String text, boolean right)
      throws IOException {
    int space = text.indexOf(' ');
    if (!spec.twoLineHeadings() || space < 0) {
      if (right) {
        textRight(cs, bold, BODY, at, y, text);
      } else {
        text(cs, bold, BODY, at, y, text);
      }
      return;
    }
    String first = text.substring(0, space);
    String second = text.substring(space + 1);
    if (right) {
      textRight(cs, bold, BODY, at, y, first);
      textRight(cs, bold, BODY, at, y - 10, second);
    } else {
      text(cs, bold, BODY, at, y, first);
      text(cs, bold, BODY, at, y - 10, second);
    }
  }

  private float broughtOrCarried(PDPageContentStream cs, float y, String label, BigDecimal amount)
      throws IOException {
    text(cs, font, BODY, descriptionX(), y, label);
    textRight(cs, font, BODY, balanceRight(), y, balance(amount, spec.poundSigns()));
    return y - ROW_PITCH;
  }

  private float transactionRow(
      PDPageContentStream cs, float y, Transaction t, boolean printDate, BigDecimal balance)
      throws IOException {
    String[] parts = t.description().split(" // ", 2);
    List<String> lines = new ArrayList<>(wrap(parts[0], spec.wrapAt()));
    int payeeLines = lines.size();
    if (parts.length > 1) {
      lines.addAll(wrap(parts[1], spec.wrapAt()));
    }
    float amountY = spec.amountOnLastLine() ? y - WRAP_PITCH * (lines.size() - 1) : y;
    if (printDate) {
      text(cs, font, BODY, 40, y, printDate(t.date()));
    }
    float lineY = y;
    for (int l = 0; l < lines.size(); l++) {
      float size = l >= payeeLines ? layout.referenceFont() : BODY;
      text(cs, font, size, descriptionX(), lineY, lines.get(l));
      lineY -= WRAP_PITCH;
    }
    switch (spec.columns()) {
      case OUT_AND_IN -> {
        float right = t.amount().signum() < 0 ? outRight() : inRight();
        textRight(cs, font, BODY, right, amountY, money(t.amount().abs(), spec.poundSigns()));
      }
      case SIGNED ->
          textRight(
              cs,
              font,
              BODY,
              outRight(),
              amountY,
              (t.amount().signum() < 0 ? "-" : "") + money(t.amount().abs(), spec.poundSigns()));
      case CR_DR ->
          textRight(
              cs,
              font,
              BODY,
              outRight(),
              amountY,
              money(t.amount().abs(), spec.poundSigns())
                  + (t.amount().signum() < 0 ? " DR" : " CR"));
      case CR_ONLY ->
          textRight(
              cs,
              font,
              BODY,
              outRight(),
              amountY,
              money(t.amount().abs(), spec.poundSigns()) + (t.amount().signum() < 0 ? "" : " CR"));
      case SECTIONS ->
          textRight(
              cs, font, BODY, outRight(), amountY, money(t.amount().abs(), spec.poundSigns()));
      case APP_SIGNS ->
          textRight(
              cs,
              font,
              BODY,
              outRight(),
              amountY,
              (t.amount().signum() < 0 ? minus() : "+") + money(t.amount().abs(), true));
    }
    if (balance != null) {
      textRight(cs, font, BODY, balanceRight(), amountY, balance(balance, spec.poundSigns()));
    }
    float next = y - ROW_PITCH - WRAP_PITCH * (lines.size() - 1);
    if (next < 80) {
      throw new IllegalStateException(spec.name() + ": too many rows for one page");
    }
    return next;
  }

  private void footer(PDPageContentStream cs, int page, int pages) throws IOException {
    String pageText = String.format(Locale.UK, layout.pageNumbers(), page, pages);
    float w = font.getStringWidth(pageText) / 1000 * 8;
    text(cs, font, 8, (width - w) / 2, 30, pageText);
    text(
        cs,
        font,
        7,
        40,
        45,
        spec.bank()
            + " is authorised by the Prudential Regulation Authority. Registered in England.");
  }

  private String printDate(LocalDate date) {
    String text = dateFormat.format(date);
    return layout.upperCaseDates() ? text.toUpperCase(Locale.UK) : text;
  }

  static List<String> wrap(String description, int wrapAt) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : description.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > wrapAt) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String money(BigDecimal amount, boolean pound) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    return (pound ? "£" : "") + format.format(amount);
  }

  private String balance(BigDecimal amount, boolean pound) {
    String figure = money(amount.abs(), pound);
    boolean overdrawn = amount.signum() < 0;
    return switch (spec.balanceStyle()) {
      case MINUS -> (overdrawn ? "-" : "") + figure;
      case CR_DR -> figure + (overdrawn ? " DR" : " CR");
      case TRAILING_MINUS -> figure + (overdrawn ? "-" : "");
      case BRACKETS -> overdrawn ? "(" + figure + ")" : figure;
    };
  }

  private static void text(PDPageContentStream cs, PDFont f, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(f, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static void textRight(
      PDPageContentStream cs, PDFont f, float size, float right, float y, String s)
      throws IOException {
    text(cs, f, size, right - f.getStringWidth(s) / 1000 * size, y, s);
  }
}
