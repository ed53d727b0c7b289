package org.dpsupport.monitoring.infrastructure.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.DictionaryEncoding;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * What the text reader needs of a font, taken from the font dictionary alone: how to cut a string
 * into character codes, each code's advance width ({@code /Widths} and {@code /FirstChar}, the
 * standard 14 fonts' metrics, or {@code /W} and {@code /DW} of a CID font) and its text ({@code
 * /ToUnicode}, else the encoding's glyph names). The embedded font program is never parsed, which
 * is what PDFBox does when it creates a font object and most of what made reading slow.
 *
 * <p>Every rule here is PDFBox 3's own ({@code PDFont.getWidth}, {@code PDSimpleFont.toUnicode},
 * {@code PDCIDFont.readWidths}), so the result is the same glyph for glyph; a font this class
 * cannot read that way (a Type 3 font, vertical writing, an encoding taken from the font program, a
 * code without a ToUnicode entry in a composite font) raises {@link TextOnlyEngine.Unsupported} and
 * the page is read by PDFBox's own engine instead.
 */
abstract class TextFont {

  /** PDFBox's glyph list for text extraction: the Adobe Glyph List plus its additional names. */
  private static final GlyphList GLYPHS = glyphList();

  /** Whether codes are two bytes (Identity-H) rather than one. */
  abstract boolean twoByte();

  /** The advance width in thousandths of the font size. */
  abstract float width(int code);

  /** The code's text. */
  abstract String unicode(int code);

  /** Reads the font dictionary; {@link TextOnlyEngine.Unsupported} if this class cannot. */
  static TextFont of(COSDictionary font) {
    COSName subtype = font.getCOSName(COSName.SUBTYPE);
    if (COSName.TYPE1.equals(subtype)
        || COSName.MM_TYPE1.equals(subtype)
        || COSName.TRUE_TYPE.equals(subtype)) {
      return new Simple(font);
    }
    if (COSName.TYPE0.equals(subtype)) {
      return new Composite(font);
    }
    throw new TextOnlyEngine.Unsupported("font subtype " + subtype);
  }

  private static GlyphList glyphList() {
    String path = "org/apache/pdfbox/resources/glyphlist/additional.txt";
    try (InputStream in = GlyphList.class.getClassLoader().getResourceAsStream(path)) {
      return new GlyphList(GlyphList.getAdobeGlyphList(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ToUnicode map as PDFBox reads it, when it is a well-formed stream with mappings. */
  static CMap toUnicode(COSDictionary font) {
    COSBase base = font.getDictionaryObject(COSName.TO_UNICODE);
    if (base == null) {
      return null;
    }
    if (!(base instanceof COSStream stream)) {
      throw new TextOnlyEngine.Unsupported("ToUnicode that is not a stream");
    }
    CMap cmap;
    try (RandomAccessRead in = stream.createView()) {
      cmap = new CMapParser().parse(in); // as PDFBox's CMapManager.parseCMap
    } catch (IOException e) {
      throw new TextOnlyEngine.Unsupported("unreadable ToUnicode");
    }
    if (cmap == null
        || !cmap.hasUnicodeMappings()
        || (cmap.getName() != null && cmap.getName().startsWith("Identity-"))) {
      throw new TextOnlyEngine.Unsupported("ToUnicode without mappings");
    }
    return cmap;
  }

  /** Type 1, Type 1 multiple master and TrueType fonts: one byte per code. */
  private static final class Simple extends TextFont {
    private final COSDictionary dict;
    private final CMap toUnicode;
    private final boolean oneByteToUnicode;
    private final String baseFont;
    private final FontMetrics standard14;
    private final COSDictionary descriptor;
    private final float[] widths = new float[256];
    private final String[] texts = new String[256];
    private Encoding encoding;

    Simple(COSDictionary dict) {
      this.dict = dict;
      this.baseFont = dict.getNameAsString(COSName.BASE_FONT);
      if (baseFont == null) {
        throw new TextOnlyEngine.Unsupported("font without a name");
      }
      if (Standard14Fonts.getMappedFontName(baseFont) == Standard14Fonts.FontName.ZAPF_DINGBATS) {
        throw new TextOnlyEngine.Unsupported("ZapfDingbats glyph list");
      }
      this.toUnicode = toUnicode(dict);
      COSName encodingName = dict.getCOSName(COSName.ENCODING);
      // PDFont.toUnicode: a one-byte lookup under a named, non-Identity encoding
      this.oneByteToUnicode =
          encodingName != null && !encodingName.getName().startsWith("Identity");
      this.standard14 = Standard14Fonts.getAFM(baseFont);
      this.descriptor = dict.getCOSDictionary(COSName.FONT_DESC);
      Arrays.fill(widths, Float.NaN);
    }

    @Override
    boolean twoByte() {
      return false;
    }

    @Override
    float width(int code) {
      float width = widths[code];
      if (Float.isNaN(width)) {
        width = widthOf(code);
        widths[code] = width;
      }
      return width;
    }

    /** PDFont.getWidth: the dictionary's widths override the font program's. */
    private float widthOf(int code) {
      if (dict.getDictionaryObject(COSName.WIDTHS) != null
          || dict.containsKey(COSName.MISSING_WIDTH)) {
        int firstChar = dict.getInt(COSName.FIRST_CHAR, -1);
        int lastChar = dict.getInt(COSName.LAST_CHAR, -1);
        COSArray array = dict.getCOSArray(COSName.WIDTHS);
        List<Float> list = array == null ? List.of() : array.toCOSNumberFloatList();
        int index = code - firstChar;
        if (!list.isEmpty() && code >= firstChar && code <= lastChar && index < list.size()) {
          Float width = list.get(index);
          return width == null ? 0f : width;
        }
        if (descriptor != null) {
          return new PDFontDescriptor(descriptor).getMissingWidth();
        }
        if (standard14 != null) {
          // PDFBox builds a descriptor from the metrics, which has no missing width
          return 0f;
        }
      }
      if (isStandard14()) {
        String name = encoding().getName(code);
        if (".notdef".equals(name)) {
          return 250f; // Acrobat's width for a missing glyph (PDFBOX-2334)
        }
        if ("nbspace".equals(name)) {
          name = "space";
        } else if ("sfthyphen".equals(name)) {
          name = "hyphen";
        }
        return standard14.getCharacterWidth(name);
      }
      throw new TextOnlyEngine.Unsupported("widths from the font program");
    }

    private boolean isStandard14() {
      if (descriptor != null
          && (descriptor.containsKey(COSName.FONT_FILE)
              || descriptor.containsKey(COSName.FONT_FILE2)
              || descriptor.containsKey(COSName.FONT_FILE3))) {
        throw new TextOnlyEngine.Unsupported("embedded font without widths");
      }
      if (standard14 == null || !Standard14Fonts.containsName(baseFont)) {
        return false;
      }
      if (encoding() instanceof DictionaryEncoding dictionary) {
        for (Map.Entry<Integer, String> difference : dictionary.getDifferences().entrySet()) {
          if (!difference
              .getValue()
              .equals(dictionary.getBaseEncoding().getName(difference.getKey()))) {
            return false;
          }
        }
      }
      return true;
    }

    /** PDSimpleFont.readEncoding, for encodings that do not come from the font program. */
    private Encoding encoding() {
      if (encoding != null) {
        return encoding;
      }
      COSBase base = dict.getDictionaryObject(COSName.ENCODING);
      if (base instanceof COSName name) {
        encoding = Encoding.getInstance(name);
      } else if (base instanceof COSDictionary differences) {
        COSName baseEncoding = differences.getCOSName(COSName.BASE_ENCODING);
        boolean validBase = baseEncoding != null && Encoding.getInstance(baseEncoding) != null;
        if (validBase) {
          encoding = new DictionaryEncoding(differences, true, null);
        } else if (descriptor != null && !new PDFontDescriptor(descriptor).isSymbolic()) {
          encoding = new DictionaryEncoding(differences, true, null);
        }
      }
      if (encoding == null) {
        throw new TextOnlyEngine.Unsupported("encoding from the font program");
      }
      return encoding;
    }

    @Override
    String unicode(int code) {
      String text = texts[code];
      if (text == null) {
        text = unicodeOf(code);
        texts[code] = text;
      }
      return text;
    }

    /** PDSimpleFont.toUnicode, then Acrobat's fallback of the code itself as a character. */
    private String unicodeOf(int code) {
      if (toUnicode != null) {
        String text = oneByteToUnicode ? toUnicode.toUnicode(code, 1) : toUnicode.toUnicode(code);
        if (text != null) {
          return text;
        }
      }
      String text = GLYPHS.toUnicode(encoding().getName(code));
      return text != null ? text : String.valueOf((char) code);
    }
  }

  /** Type 0 fonts with the Identity-H encoding: two bytes per code, the code is the CID. */
  private static final class Composite extends TextFont {
    private final CMap toUnicode;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final float defaultWidth;

    /** Texts and widths by code, in blocks of 256 codes made when first used. */
    private final String[][] texts = new String[256][];

    private final float[][] widthCache = new float[256][];

    Composite(COSDictionary dict) {
      if (!COSName.IDENTITY_H.equals(dict.getDictionaryObject(COSName.ENCODING))) {
        throw new TextOnlyEngine.Unsupported("composite font encoding");
      }
      if (!(dict.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
          || descendants.size() == 0
          || !(descendants.getObject(0) instanceof COSDictionary descendant)
          || !COSName.FONT.equals(descendant.getCOSName(COSName.TYPE))) {
        throw new TextOnlyEngine.Unsupported("composite font without a descendant");
      }
      COSName subtype = descendant.getCOSName(COSName.SUBTYPE);
      if (!COSName.CID_FONT_TYPE0.equals(subtype) && !COSName.CID_FONT_TYPE2.equals(subtype)) {
        throw new TextOnlyEngine.Unsupported("descendant font subtype " + subtype);
      }
      this.toUnicode = toUnicode(dict);
      if (toUnicode == null) {
        throw new TextOnlyEngine.Unsupported("composite font without ToUnicode");
      }
      readWidths(descendant);
      float dw = 1000f;
      if (descendant.getDictionaryObject(COSName.DW) instanceof COSNumber number) {
        dw = number.floatValue();
      }
      this.defaultWidth = dw;
    }

    /** PDCIDFont.readWidths: {@code /W} as "first [w1 w2 ...]" or "first last w" entries. */
    private void readWidths(COSDictionary descendant) {
      COSArray array = descendant.getCOSArray(COSName.W);
      if (array == null) {
        return;
      }
      int size = array.size();
      int counter = 0;
      while (counter < size - 1) {
        COSBase firstBase = array.getObject(counter++);
        if (!(firstBase instanceof COSNumber first)) {
          continue;
        }
        COSBase next = array.getObject(counter++);
        if (next instanceof COSArray run) {
          int start = first.intValue();
          for (int i = 0; i < run.size(); i++) {
            if (run.getObject(i) instanceof COSNumber width) {
              widths.put(start + i, width.floatValue());
            }
          }
        } else {
          if (counter >= size) {
            break;
          }
          COSBase widthBase = array.getObject(counter++);
          if (!(next instanceof COSNumber last) || !(widthBase instanceof COSNumber width)) {
            continue;
          }
          if ((long) last.intValue() - first.intValue() > 65536) {
            throw new TextOnlyEngine.Unsupported("implausible width range");
          }
          for (int i = first.intValue(); i <= last.intValue(); i++) {
            widths.put(i, width.floatValue());
          }
        }
      }
    }

    @Override
    boolean twoByte() {
      return true;
    }

    @Override
    float width(int code) {
      float[] block = widthCache[code >>> 8];
      if (block == null) {
        block = new float[256];
        for (int i = 0; i < 256; i++) {
          Float width = widths.get((code & 0xff00) | i);
          block[i] = width == null ? defaultWidth : width;
        }
        widthCache[code >>> 8] = block;
      }
      return block[code & 0xff];
    }

    @Override
    String unicode(int code) {
      String[] block = texts[code >>> 8];
      if (block == null) {
        block = new String[256];
        texts[code >>> 8] = block;
      }
      String text = block[code & 0xff];
      if (text == null) {
        text = toUnicode.toUnicode(code);
        if (text == null) {
          // PDFBox would look in the embedded font's own character map
          throw new TextOnlyEngine.Unsupported("code without ToUnicode");
        }
        block[code & 0xff] = text;
      }
      return text;
    }
  }
}
