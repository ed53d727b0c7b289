package org.dpsupport.monitoring.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A text-only content stream reader: it follows the text operators (BT/ET, Tf, Td/TD/Tm/T*, Tj/TJ/
 * ' and ", Tc/Tw/Tz/TL/Ts), the transformation (cm, q/Q) and form XObjects, and skips everything
 * else (paths, pictures, colour, clipping). Fonts are read from their dictionaries by {@link
 * TextFont}, once per document, without parsing font programs.
 *
 * <p>The arithmetic is PDFBox 3's own, step for step (PDFStreamEngine.showText and
 * LegacyPDFStreamEngine.showGlyph, with PDFBox's {@link Matrix}), so each glyph's text, position,
 * width and size are the ones {@link PositionedTextStripper} gets from PDFTextStripper; {@code
 * TextOnlyEngineTest} compares the two on every fixture. What this reader does not handle it
 * refuses with {@link Unsupported}, and the caller reads that page with PDFTextStripper.
 */
final class TextOnlyEngine {

  /** The page uses something this reader leaves to PDFBox's full engine. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** PDFStreamEngine's limit on nested form XObjects. */
  private static final int MAX_FORM_DEPTH = 50;

  private final PositionedTextStripper clock;
  private final Map<COSDictionary, TextFont> fonts = new IdentityHashMap<>();
  private final Map<COSDictionary, Map<COSName, TextFont>> fontsByName = new IdentityHashMap<>();

  private List<Glyph> glyphs;
  private float pageWidth;
  private float pageHeight;
  private float cropX;
  private float cropY;
  private Matrix cropTranslation;
  private State state;
  private Deque<State> saved;
  private PDResources resources;
  private int formDepth;
  private int operators;

  /** The graphics state the text operators use; q copies it, Q restores it. */
  private static final class State {
    Matrix ctm = new Matrix();
    Matrix textMatrix;
    Matrix textLineMatrix;
    TextFont font;
    float fontSize;
    float charSpacing;
    float wordSpacing;
    float horizontalScaling = 100f;
    float leading;
    float rise;

    State copy() {
      State copy = new State();
      copy.ctm = ctm.clone();
      // PDGraphicsState.clone shares the text matrices
      copy.textMatrix = textMatrix;
      copy.textLineMatrix = textLineMatrix;
      copy.font = font;
      copy.fontSize = fontSize;
      copy.charSpacing = charSpacing;
      copy.wordSpacing = wordSpacing;
      copy.horizontalScaling = horizontalScaling;
      copy.leading = leading;
      copy.rise = rise;
      return copy;
    }
  }

  /** {@code clock} supplies the reading deadline. */
  TextOnlyEngine(PositionedTextStripper clock) {
    this.clock = clock;
  }

  /** The glyphs of one page, in content order. */
  List<Glyph> glyphs(PDPage page) throws IOException {
    clock.checkDeadline();
    glyphs = new ArrayList<>();
    PDRectangle crop = page.getCropBox();
    pageWidth = crop.getWidth();
    pageHeight = crop.getHeight();
    cropX = crop.getLowerLeftX();
    cropY = crop.getLowerLeftY();
    cropTranslation = cropX == 0 && cropY == 0 ? null : Matrix.getTranslateInstance(-cropX, -cropY);
    if (!page.hasContents()) {
      return glyphs;
    }
    state = new State();
    saved = new ArrayDeque<>();
    resources = page.getResources();
    if (resources == null) {
      resources = new PDResources();
    }
    formDepth = 0;
    run(page);
    return glyphs;
  }

  private void run(PDContentStream stream) throws IOException {
    List<COSBase> operands = new ArrayList<>();
    ContentTokens tokens = new ContentTokens(bytes(stream));
    for (String operator = tokens.next(operands);
        operator != null;
        operator = tokens.next(operands)) {
      if ((++operators & 1023) == 0) {
        clock.checkDeadline();
      }
      operator(operator, operands);
      operands.clear();
    }
  }

  /** The decoded content, several page streams joined as PDFStreamParser sees them. */
  private static byte[] bytes(PDContentStream stream) throws IOException {
    try (RandomAccessRead in = stream.getContentsForStreamParsing()) {
      // the length of a decoded stream is not known before it is read
      byte[] bytes = new byte[8192];
      int read = 0;
      while (true) {
        if (read == bytes.length) {
          if (bytes.length > Integer.MAX_VALUE / 2) {
            throw new Unsupported("content too long");
          }
          bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
        }
        int n = in.read(bytes, read, bytes.length - read);
        if (n <= 0) {
          return java.util.Arrays.copyOf(bytes, read);
        }
        read += n;
      }
    }
  }

  private void operator(String name, List<COSBase> operands) throws IOException {
    switch (name) {
      case "BT" -> {
        state.textMatrix = new Matrix();
        state.textLineMatrix = new Matrix();
      }
      case "ET" -> {
        state.textMatrix = null;
        state.textLineMatrix = null;
      }
      case "q" -> {
        saved.push(state);
        state = state.copy();
      }
      case "Q" -> {
        if (!saved.isEmpty()) {
          state = saved.pop();
        }
      }
      case "cm" -> {
        if (operands.size() >= 6 && allNumbers(operands)) {
          state.ctm.concatenate(matrix(operands));
        }
      }
      case "Tf" -> setFont(operands);
      case "Tc" -> {
        // SetCharSpacing takes the last operand: some writers put more than one
        if (!operands.isEmpty() && operands.get(operands.size() - 1) instanceof COSNumber number) {
          state.charSpacing = number.floatValue();
        }
      }
      case "Tw" -> {
        if (first(operands) instanceof COSNumber number) {
          state.wordSpacing = number.floatValue();
        }
      }
      case "Tz" -> {
        if (first(operands) instanceof COSNumber number) {
          state.horizontalScaling = number.floatValue();
        }
      }
      case "TL" -> {
        if (first(operands) instanceof COSNumber number) {
          state.leading = number.floatValue();
        }
      }
      case "Ts" -> {
        if (first(operands) instanceof COSNumber number) {
          state.rise = number.floatValue();
        }
      }
      case "Td" -> moveText(operands);
      case "TD" -> {
        if (operands.size() >= 2 && operands.get(1) instanceof COSNumber y) {
          state.leading = -1 * y.floatValue();
          moveText(operands);
        }
      }
      case "T*" -> nextLine();
      case "Tm" -> {
        if (operands.size() >= 6 && allNumbers(operands)) {
          Matrix matrix = matrix(operands);
          state.textMatrix = matrix;
          state.textLineMatrix = matrix.clone();
        }
      }
      case "Tj" -> {
        if (first(operands) instanceof COSString string && state.textMatrix != null) {
          showText(string.getBytes());
        }
      }
      case "'" -> {
        nextLine();
        if (first(operands) instanceof COSString string && state.textMatrix != null) {
          showText(string.getBytes());
        }
      }
      case "\"" -> {
        if (operands.size() >= 3) {
          if (operands.get(0) instanceof COSNumber wordSpacing) {
            state.wordSpacing = wordSpacing.floatValue();
          }
          if (operands.get(1) instanceof COSNumber charSpacing) {
            state.charSpacing = charSpacing.floatValue();
          }
          nextLine();
          if (operands.get(2) instanceof COSString string && state.textMatrix != null) {
            showText(string.getBytes());
          }
        }
      }
      case "TJ" -> {
        if (first(operands) instanceof COSArray array && state.textMatrix != null) {
          showTextStrings(array);
        }
      }
      case "Do" -> {
        if (first(operands) instanceof COSName xobject) {
          drawObject(xobject);
        }
      }
      case "gs" -> {
        if (first(operands) instanceof COSName graphicsState) {
          COSBase parameters = entry(COSName.EXT_G_STATE, graphicsState);
          if (parameters != null
              && (!(parameters instanceof COSDictionary dictionary)
                  || dictionary.containsKey(COSName.FONT))) {
            throw new Unsupported("font set by a graphics state");
          }
        }
      }
      case "d0", "d1" -> throw new Unsupported("glyph procedure");
      default -> {
        // paths, colour, pictures, clipping, marked content: nothing to read
      }
    }
  }

  private static COSBase first(List<COSBase> operands) {
    return operands.isEmpty() ? null : operands.get(0);
  }

  private static boolean allNumbers(List<COSBase> operands) {
    for (COSBase operand : operands) {
      if (!(operand instanceof COSNumber)) {
        return false;
      }
    }
    return true;
  }

  private static Matrix matrix(List<COSBase> operands) {
    return new Matrix(
        ((COSNumber) operands.get(0)).floatValue(),
        ((COSNumber) operands.get(1)).floatValue(),
        ((COSNumber) operands.get(2)).floatValue(),
        ((COSNumber) operands.get(3)).floatValue(),
        ((COSNumber) operands.get(4)).floatValue(),
        ((COSNumber) operands.get(5)).floatValue());
  }

  private COSBase entry(COSName kind, COSName name) {
    COSDictionary dictionary = resources.getCOSObject().getCOSDictionary(kind);
    return dictionary == null ? null : dictionary.getDictionaryObject(name);
  }

  private void setFont(List<COSBase> operands) {
    if (operands.size() < 2
        || !(operands.get(0) instanceof COSName name)
        || !(operands.get(1) instanceof COSNumber size)) {
      return;
    }
    state.fontSize = size.floatValue();
    COSDictionary fontResources = resources.getCOSObject().getCOSDictionary(COSName.FONT);
    if (fontResources == null) {
      throw new Unsupported("no fonts in the resources");
    }
    Map<COSName, TextFont> byName =
        fontsByName.computeIfAbsent(fontResources, r -> new java.util.HashMap<>());
    TextFont known = byName.get(name);
    if (known == null) {
      if (!(fontResources.getDictionaryObject(name) instanceof COSDictionary dictionary)) {
        throw new Unsupported("font not in the resources");
      }
      known = fonts.get(dictionary);
      if (known == null) {
        known = TextFont.of(dictionary);
        fonts.put(dictionary, known);
      }
      byName.put(name, known);
    }
    state.font = known;
  }

  private void moveText(List<COSBase> operands) {
    if (operands.size() < 2 || state.textLineMatrix == null) {
      return;
    }
    if (!(operands.get(0) instanceof COSNumber x) || !(operands.get(1) instanceof COSNumber y)) {
      return;
    }
    moveText(x.floatValue(), y.floatValue());
  }

  private void moveText(float x, float y) {
    if (state.textLineMatrix == null) {
      return;
    }
    state.textLineMatrix.concatenate(new Matrix(1, 0, 0, 1, x, y));
    state.textMatrix = state.textLineMatrix.clone();
  }

  private void nextLine() {
    moveText(0, -1 * state.leading);
  }

  /** PDFStreamEngine.showTextStrings: strings and kerning adjustments. */
  private void showTextStrings(COSArray array) {
    float fontSize = state.fontSize;
    float horizontalScaling = state.horizontalScaling / 100f;
    for (COSBase item : array) {
      if (item instanceof COSNumber number) {
        float tx = -number.floatValue() / 1000 * fontSize * horizontalScaling;
        state.textMatrix.translate(tx, 0);
      } else if (item instanceof COSString string) {
        showText(string.getBytes());
      }
    }
  }

  /** PDFStreamEngine.showText with LegacyPDFStreamEngine.showGlyph and TextPosition's geometry. */
  private void showText(byte[] string) {
    TextFont font = state.font;
    if (font == null) {
      throw new Unsupported("text without a font");
    }
    float fontSize = state.fontSize;
    float horizontalScaling = state.horizontalScaling / 100f;
    float charSpacing = state.charSpacing;
    Matrix parameters = new Matrix(fontSize * horizontalScaling, 0, 0, fontSize, 0, state.rise);
    Matrix textMatrix = state.textMatrix;
    boolean twoByte = font.twoByte();
    if (twoByte && (string.length & 1) != 0) {
      throw new Unsupported("odd length string in a two-byte font");
    }
    int at = 0;
    while (at < string.length) {
      int code;
      float wordSpacing = 0;
      if (twoByte) {
        code = (string[at] & 0xff) << 8 | (string[at + 1] & 0xff);
        at += 2;
      } else {
        code = string[at] & 0xff;
        at++;
        if (code == 32) {
          wordSpacing = state.wordSpacing;
        }
      }
      Matrix ctm = state.ctm;
      Matrix renderingMatrix = parameters.multiply(textMatrix).multiply(ctm);
      float displacement = font.width(code) / 1000;
      glyph(
          renderingMatrix, font, code, displacement, textMatrix, ctm, fontSize, horizontalScaling);
      float tx = (displacement * fontSize + charSpacing + wordSpacing) * horizontalScaling;
      textMatrix.translate(tx, 0);
    }
  }

  private void glyph(
      Matrix renderingMatrix,
      TextFont font,
      int code,
      float displacement,
      Matrix textMatrix,
      Matrix ctm,
      float fontSize,
      float horizontalScaling) {
    if ((glyphs.size() & 255) == 0) {
      clock.checkDeadline();
    }
    String unicode = font.unicode(code);
    float tx = displacement * fontSize * horizontalScaling;
    Matrix next = Matrix.getTranslateInstance(tx, 0).multiply(textMatrix).multiply(ctm);
    float nextX = next.getTranslateX();
    float nextY = next.getTranslateY();
    Matrix position = renderingMatrix;
    if (cropTranslation != null) {
      position = Matrix.concatenate(cropTranslation, renderingMatrix);
      nextX -= cropX;
      nextY -= cropY;
    }
    int fontSizeInPt = (int) (fontSize * textMatrix.getScalingFactorX());
    if (unicode.isEmpty()) {
      return;
    }
    float x;
    float y;
    float width;
    float e = position.getValue(2, 0);
    float f = position.getValue(2, 1);
    switch (direction(position)) {
      case 90 -> {
        x = f;
        y = pageWidth - (pageWidth - e);
        width = Math.abs(nextY - f);
      }
      case 180 -> {
        x = pageWidth - e;
        y = pageHeight - (pageHeight - f);
        width = Math.abs(nextX - e);
      }
      case 270 -> {
        x = pageHeight - f;
        y = pageWidth - e;
        width = Math.abs(nextY - f);
      }
      default -> {
        x = e;
        y = pageHeight - f;
        width = Math.abs(nextX - e);
      }
    }
    float right = x + Math.max(0f, width);
    if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(right)) {
      return;
    }
    glyphs.add(new Glyph(unicode, x, right, y, Math.max(1f, fontSizeInPt)));
  }

  /** TextPosition.getDir: the text direction from the text rendering matrix. */
  private static int direction(Matrix m) {
    float a = m.getValue(0, 0);
    float b = m.getValue(0, 1);
    float c = m.getValue(1, 0);
    float d = m.getValue(1, 1);
    if (a > 0 && Math.abs(b) < d && Math.abs(c) < a && d > 0) {
      return 0;
    } else if (a < 0 && Math.abs(b) < Math.abs(d) && Math.abs(c) < Math.abs(a) && d < 0) {
      return 180;
    } else if (Math.abs(a) < Math.abs(c) && b > 0 && c < 0 && Math.abs(d) < b) {
      return 90;
    } else if (Math.abs(a) < c && b < 0 && c > 0 && Math.abs(d) < Math.abs(b)) {
      return 270;
    }
    return 0;
  }

  /** DrawObject (text version): form XObjects are read, pictures are skipped. */
  private void drawObject(COSName name) throws IOException {
    if (resources.isImageXObject(name)) {
      return;
    }
    PDXObject xobject = resources.getXObject(name);
    if (!(xobject instanceof PDFormXObject form)) {
      return;
    }
    if (formDepth + 1 > MAX_FORM_DEPTH) {
      return;
    }
    formDepth++;
    PDResources parentResources = resources;
    State parentState = state;
    Deque<State> parentSaved = saved;
    try {
      if (form.getResources() != null) {
        resources = form.getResources();
      }
      saved = new ArrayDeque<>();
      state = state.copy();
      state.ctm.concatenate(form.getMatrix());
      run(form);
    } finally {
      formDepth--;
      resources = parentResources;
      state = parentState;
      saved = parentSaved;
    }
  }
}
