package org.dpsupport.payroll.interfaces.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes a simple tagged PDF: every piece of text is marked content belonging to a structure
 * element (headings, paragraphs, table cells) in reading order, rules are artifacts, the document
 * declares its language and title and asks viewers to show the title. Standard 14 Helvetica in
 * WinAnsi covers the pound sign; characters outside it are replaced.
 */
final class TaggedPdfWriter implements AutoCloseable {

  static {
    // Flate level 1 instead of zlib's default 6 for the content and object streams: a payslip is
    // 10% larger (5.5 KB instead of 5.0 KB) and takes a third less CPU to write (0.82 ms instead of
    // 1.21 ms a payslip, measured back to back in one JVM; pages render identically), which a pay
    // day of 18,500 payslips feels.
    // PDFBox reads the level from this system property only; one set by the operator is kept.
    if (System.getProperty(Filter.SYSPROP_DEFLATELEVEL) == null) {
      System.setProperty(Filter.SYSPROP_DEFLATELEVEL, "1");
    }
  }

  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final float MARGIN = 50;
  private static final String WIN_ANSI_EXTRAS =
      "\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u20AC\u2026\u00D7";

  private final PDDocument document = new PDDocument();
  private final PDStructureElement root;
  private final Map<Integer, COSArray> parentsByPage = new HashMap<>();
  private PDPage page;
  private PDPageContentStream content;
  private int pageIndex = -1;
  private int mcid;
  private float y;

  TaggedPdfWriter(String title, String language) {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(language);
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    document.getDocumentInformation().setTitle(title);
    PDStructureTreeRoot tree = new PDStructureTreeRoot();
    catalog.setStructureTreeRoot(tree);
    root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
    root.setTitle(title);
    root.setLanguage(language);
    tree.appendKid(root);
    newPage();
  }

  void heading(String type, String text, float size) {
    space(size + 10);
    y -= 6;
    PDStructureElement element = child(root, type);
    writeText(element, type, text, MARGIN, BOLD, size);
    y -= size + 4;
  }

  void paragraph(String text, float size) {
    PDStructureElement element = child(root, StandardStructureTypes.P);
    for (String line : wrap(text, size)) {
      space(size + 3);
      writeText(element, StandardStructureTypes.P, line, MARGIN, REGULAR, size);
      y -= size + 3;
    }
  }

  /** A table: the first row are column headers; columns start at the given x offsets. */
  void table(List<String[]> rows, float[] columns, boolean[] rightAligned, float size) {
    PDStructureElement table = child(root, StandardStructureTypes.TABLE);
    for (int r = 0; r < rows.size(); r++) {
      space(r == 0 ? keepTogether(rows.size(), size) : size + 6);
      PDStructureElement row = child(table, StandardStructureTypes.TR);
      String[] cells = rows.get(r);
      String cellType = r == 0 ? StandardStructureTypes.TH : StandardStructureTypes.TD;
      for (int c = 0; c < cells.length; c++) {
        PDStructureElement cell = child(row, cellType);
        String text = cells[c] == null ? "" : cells[c];
        PDType1Font font = r == 0 ? BOLD : REGULAR;
        float x = MARGIN + columns[c];
        if (rightAligned[c]) {
          x = MARGIN + columns[c] - width(font, text, size);
        }
        writeText(cell, cellType, text, x, font, size);
      }
      y -= size + 6;
      if (r == 0) {
        ruleUnderHeader(size);
      }
    }
  }

  void rule() {
    try {
      content.beginMarkedContent(COSName.ARTIFACT);
      content.moveTo(MARGIN, y + 4);
      content.lineTo(page.getMediaBox().getWidth() - MARGIN, y + 4);
      content.stroke();
      content.endMarkedContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] toBytes() {
    try {
      content.close();
      stampIfDraft();
      PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
      Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
      parentsByPage.forEach((index, parents) -> numbers.put(index, new PDParentTreeValue(parents)));
      parentTree.setNumbers(numbers);
      PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
      tree.setParentTree(parentTree);
      tree.setParentTreeNextKey(parentsByPage.size());
      ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PDStructureElement child(PDStructureElement parent, String type) {
    PDStructureElement element = new PDStructureElement(type, parent);
    element.setPage(page);
    parent.appendKid(element);
    return element;
  }

  private void writeText(
      PDStructureElement element, String type, String text, float x, PDType1Font font, float size) {
    try {
      COSDictionary properties = new COSDictionary();
      properties.setInt(COSName.MCID, mcid);
      content.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, y);
      content.showText(printable(font, text));
      content.endText();
      content.endMarkedContent();
      element.appendKid(
          new org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent(
              COSName.getPDFName(type), properties));
      parentsByPage.get(pageIndex).add(element);
      mcid++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void space(float needed) {
    if (y - needed < MARGIN) {
      newPage();
    }
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      pageIndex++;
      page.setStructParents(pageIndex);
      parentsByPage.put(pageIndex, new COSArray());
      content = new PDPageContentStream(document, page);
      content.setLineWidth(0.5f);
      mcid = 0;
      y = page.getMediaBox().getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> wrap(String text, float size) {
    int max = (int) ((PDRectangle.A4.getWidth() - 2 * MARGIN) / (size * 0.5f));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + word.length() + 1 > max) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static float width(PDType1Font font, String text, float size) {
    try {
      return font.getStringWidth(printable(font, text)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String printable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(
          c < 128 || (c >= 0xA0 && c <= 0xFF) || WIN_ANSI_EXTRAS.indexOf(c) >= 0
              ? c
              : replacement(c));
    }
    return out.toString();
  }

  private static char replacement(char c) {
    return switch (c) {
      case '\u2264' -> '<';
      case '\u2265' -> '>';
      case '\u2192' -> '>';
      default -> '?';
    };
  }

  // ---- draft marking (appended; see draft())

  static final String DRAFT_NOTICE =
      "DRAFT: not final. These figures may change before they are paid; do not rely on them.";

  private boolean draft;

  /**
   * A writer for a draft document: the title starts "DRAFT: ", the first thing in the reading order
   * is a tagged notice saying it is a draft, and every page carries a large diagonal DRAFT mark and
   * a DRAFT line at the top (artifacts, so screen readers hear the notice once, not per page).
   */
  static TaggedPdfWriter draft(String title, String language) {
    return draft(title, language, DRAFT_NOTICE);
  }

  /**
   * A writer for a draft document as {@link #draft(String, String)}, with a notice of its own (an
   * invoice says not to pay from it). This is the one way a document is marked DRAFT.
   */
  static TaggedPdfWriter draft(String title, String language, String notice) {
    TaggedPdfWriter writer = new TaggedPdfWriter("DRAFT: " + title, language);
    writer.draft = true;
    writer.document.getDocumentInformation().setSubject("DRAFT");
    writer.heading(StandardStructureTypes.P, notice, 11);
    return writer;
  }

  /**
   * A rule just under the header row just written (the text's descenders), then a little space, so
   * that it never runs through the first row of figures.
   */
  private void ruleUnderHeader(float size) {
    float underHeader = y + size + 3;
    try {
      content.beginMarkedContent(COSName.ARTIFACT);
      content.moveTo(MARGIN, underHeader);
      content.lineTo(page.getMediaBox().getWidth() - MARGIN, underHeader);
      content.stroke();
      content.endMarkedContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= 3;
  }

  /**
   * The room a table needs before its header row: the whole table if it fits on one page, else the
   * header with its first row, so a header is never left alone at the foot of a page.
   */
  private float keepTogether(int rows, float size) {
    float whole = rows * (size + 6) + 3;
    float page = PDRectangle.A4.getHeight() - 2 * MARGIN;
    return whole < page ? whole : 2 * (size + 6) + 3;
  }

  /**
   * Starts a new page unless the given height (points) fits below the last line: call it before a
   * heading to keep the heading with what follows it.
   */
  void keepTogether(float height) {
    space(height);
  }

  private void stampIfDraft() throws IOException {
    if (!draft) {
      return;
    }
    org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState faint =
        new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
    faint.setNonStrokingAlphaConstant(0.18f);
    int number = 0;
    for (PDPage each : document.getPages()) {
      number++;
      PDRectangle box = each.getMediaBox();
      try (PDPageContentStream stamp =
          new PDPageContentStream(
              document, each, PDPageContentStream.AppendMode.APPEND, true, true)) {
        stamp.beginMarkedContent(COSName.ARTIFACT);
        stamp.saveGraphicsState();
        stamp.setGraphicsStateParameters(faint);
        stamp.setNonStrokingColor(0.6f, 0f, 0f);
        stamp.beginText();
        stamp.setFont(BOLD, 120);
        float width = BOLD.getStringWidth("DRAFT") / 1000 * 120;
        double angle = Math.toRadians(50);
        float cx = box.getWidth() / 2;
        float cy = box.getHeight() / 2;
        float x = (float) (cx - Math.cos(angle) * width / 2 + Math.sin(angle) * 42);
        float yy = (float) (cy - Math.sin(angle) * width / 2 - Math.cos(angle) * 42);
        stamp.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(angle, x, yy));
        stamp.showText("DRAFT");
        stamp.endText();
        stamp.restoreGraphicsState();
        stamp.beginText();
        stamp.setNonStrokingColor(0.6f, 0f, 0f);
        stamp.setFont(BOLD, 9);
        stamp.newLineAtOffset(MARGIN, box.getHeight() - 30);
        stamp.showText("DRAFT - not final - page " + number + " of " + document.getNumberOfPages());
        stamp.endText();
        stamp.endMarkedContent();
      }
    }
  }

  // ---- added for the P45 parts, the P60 and the invoice (multi-page forms, boxes, a mark)

  /** Starts a new page now: each part of a multi-part form begins on its own page. */
  void pageBreak() {
    newPage();
  }

  /** A heading that wraps onto more lines (by measured width) rather than running off the page. */
  void wrappedHeading(String type, String text, float size) {
    float max = page.getMediaBox().getWidth() - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(BOLD, candidate, size) > max) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    lines.add(line.toString());
    space(lines.size() * (size + 4) + 10);
    y -= 6;
    PDStructureElement element = child(root, type);
    for (String l : lines) {
      writeText(element, type, l, MARGIN, BOLD, size);
      y -= size + 4;
    }
  }

  /**
   * Labelled boxes to be filled in by hand (a form's blank fields): each label is tagged text, each
   * box an artifact rectangle below it. {@code widths} are fractions of the line, side by side.
   */
  void fillInBoxes(String[] labels, float[] widths, float boxHeight, float size) {
    space(size + boxHeight + 14);
    PDStructureElement group = child(root, StandardStructureTypes.P);
    float line = page.getMediaBox().getWidth() - 2 * MARGIN;
    float x = MARGIN;
    for (int i = 0; i < labels.length; i++) {
      float w = line * widths[i];
      writeText(group, StandardStructureTypes.P, labels[i], x, REGULAR, size);
      try {
        content.beginMarkedContent(COSName.ARTIFACT);
        content.addRect(x, y - boxHeight - 3, w - 8, boxHeight);
        content.stroke();
        content.endMarkedContent();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      x += w;
    }
    y -= size + boxHeight + 10;
  }

  /** The number of pages written so far. */
  int pageCount() {
    return pageIndex + 1;
  }

  /**
   * A table as {@link #table}, with the rule under the header row drawn between the header and the
   * first row (not through it), and a page break repeating nothing: used by the year-end forms and
   * the invoice.
   */
  void ruledTable(List<String[]> rows, float[] columns, boolean[] rightAligned, float size) {
    PDStructureElement table = child(root, StandardStructureTypes.TABLE);
    for (int r = 0; r < rows.size(); r++) {
      space(size + 6);
      PDStructureElement row = child(table, StandardStructureTypes.TR);
      String[] cells = rows.get(r);
      String cellType = r == 0 ? StandardStructureTypes.TH : StandardStructureTypes.TD;
      for (int c = 0; c < cells.length; c++) {
        PDStructureElement cell = child(row, cellType);
        String text = cells[c] == null ? "" : cells[c];
        PDType1Font font = r == 0 ? BOLD : REGULAR;
        float x = MARGIN + columns[c];
        if (rightAligned[c]) {
          x = MARGIN + columns[c] - width(font, text, size);
        }
        writeText(cell, cellType, text, x, font, size);
      }
      if (r == 0) {
        try {
          content.beginMarkedContent(COSName.ARTIFACT);
          content.moveTo(MARGIN, y - 3);
          content.lineTo(page.getMediaBox().getWidth() - MARGIN, y - 3);
          content.stroke();
          content.endMarkedContent();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        y -= 3;
      }
      y -= size + 6;
    }
  }
}
