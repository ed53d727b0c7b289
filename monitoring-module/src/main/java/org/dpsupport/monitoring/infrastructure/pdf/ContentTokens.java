package org.dpsupport.monitoring.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSString;

/**
 * Splits a decoded content stream into operands and operators, as PDFBox's {@code PDFStreamParser}
 * does for well-formed content, straight from the bytes. Anything PDFBox would repair or guess at
 * (inline images, escaped names, malformed numbers, unbalanced brackets) raises {@link
 * TextOnlyEngine.Unsupported}, so such a page is read by PDFBox itself.
 */
final class ContentTokens {

  private static final int MAX_NESTING = 64;

  private final byte[] data;
  private int at;

  ContentTokens(byte[] data) {
    this.data = data;
  }

  /**
   * Reads the operands before the next operator into {@code operands} and returns the operator, or
   * null at the end of the stream.
   */
  String next(List<COSBase> operands) {
    while (true) {
      skipSpaces();
      if (at >= data.length) {
        return null;
      }
      int c = data[at] & 0xff;
      if (isOperatorStart(c)) {
        String word = word();
        switch (word) {
          case "true" -> operands.add(COSBoolean.TRUE);
          case "false" -> operands.add(COSBoolean.FALSE);
          case "null" -> operands.add(COSNull.NULL);
          case "BI", "ID", "EI" -> throw new TextOnlyEngine.Unsupported("inline image");
          default -> {
            return word;
          }
        }
      } else {
        operands.add(object(0));
      }
    }
  }

  private static boolean isWhitespace(int c) {
    return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
  }

  private static boolean isOperatorStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '"';
  }

  private void skipSpaces() {
    while (at < data.length) {
      int c = data[at] & 0xff;
      if (isWhitespace(c)) {
        at++;
      } else if (c == '%') {
        while (at < data.length && data[at] != '\n' && data[at] != '\r') {
          at++;
        }
      } else {
        return;
      }
    }
  }

  /** An operator or keyword: PDFStreamParser.readOperator's characters, letters and quotes only. */
  private String word() {
    int start = at;
    while (at < data.length) {
      int c = data[at] & 0xff;
      if (isWhitespace(c) || c == ']' || c == '[' || c == '<' || c == '(' || c == '/') {
        break;
      }
      if (c >= '0' && c <= '9') {
        // Type 3 glyph operators d0 and d1 carry a digit
        if (at > start && data[at - 1] == 'd' && at - start == 1 && (c == '0' || c == '1')) {
          at++;
        }
        break;
      }
      if (!isOperatorStart(c) && c != '*') {
        throw new TextOnlyEngine.Unsupported("unusual operator");
      }
      at++;
    }
    return new String(data, start, at - start, StandardCharsets.ISO_8859_1);
  }

  private COSBase object(int depth) {
    if (depth > MAX_NESTING) {
      throw new TextOnlyEngine.Unsupported("deep nesting");
    }
    int c = data[at] & 0xff;
    switch (c) {
      case '/' -> {
        return name();
      }
      case '(' -> {
        return literal();
      }
      case '[' -> {
        at++;
        COSArray array = new COSArray();
        while (true) {
          skipSpaces();
          if (at >= data.length) {
            throw new TextOnlyEngine.Unsupported("unclosed array");
          }
          if (data[at] == ']') {
            at++;
            return array;
          }
          int d = data[at] & 0xff;
          if (isOperatorStart(d)) {
            String word = word();
            switch (word) {
              case "true" -> array.add(COSBoolean.TRUE);
              case "false" -> array.add(COSBoolean.FALSE);
              case "null" -> array.add(COSNull.NULL);
              default -> throw new TextOnlyEngine.Unsupported("operator in an array");
            }
          } else {
            array.add(object(depth + 1));
          }
        }
      }
      case '<' -> {
        if (at + 1 < data.length && data[at + 1] == '<') {
          return dictionary(depth);
        }
        return hex();
      }
      default -> {
        if ((c >= '0' && c <= '9') || c == '-' || c == '.') {
          return number();
        }
        throw new TextOnlyEngine.Unsupported("unexpected character in content");
      }
    }
  }

  /** A marked-content property list; the reader never looks inside, so only its end matters. */
  private COSBase dictionary(int depth) {
    at += 2;
    while (true) {
      skipSpaces();
      if (at >= data.length) {
        throw new TextOnlyEngine.Unsupported("unclosed dictionary");
      }
      if (data[at] == '>') {
        if (at + 1 < data.length && data[at + 1] == '>') {
          at += 2;
          return new COSDictionary();
        }
        throw new TextOnlyEngine.Unsupported("malformed dictionary");
      }
      int d = data[at] & 0xff;
      if (isOperatorStart(d)) {
        String word = word();
        if (!word.equals("true") && !word.equals("false") && !word.equals("null")) {
          throw new TextOnlyEngine.Unsupported("operator in a dictionary");
        }
      } else {
        object(depth + 1);
      }
    }
  }

  private COSName name() {
    int start = ++at;
    while (at < data.length) {
      int c = data[at] & 0xff;
      if (isWhitespace(c)
          || c == '/'
          || c == '['
          || c == ']'
          || c == '<'
          || c == '>'
          || c == '('
          || c == ')'
          || c == '{'
          || c == '}'
          || c == '%') {
        break;
      }
      if (c == '#' || c > 126 || c < 33) {
        throw new TextOnlyEngine.Unsupported("escaped name");
      }
      at++;
    }
    return COSName.getPDFName(new String(data, start, at - start, StandardCharsets.ISO_8859_1));
  }

  /** PDFStreamParser's number: sign, digits, at most one point; COSNumber.get's value. */
  private COSBase number() {
    int start = at;
    if (data[at] == '-') {
      at++;
    }
    int digits = 0;
    boolean point = false;
    while (at < data.length) {
      int c = data[at] & 0xff;
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else if (c == '.' || c == '-') {
        throw new TextOnlyEngine.Unsupported("malformed number");
      } else {
        break;
      }
      at++;
    }
    if (digits == 0) {
      throw new TextOnlyEngine.Unsupported("malformed number");
    }
    String text = new String(data, start, at - start, StandardCharsets.ISO_8859_1);
    if (!point) {
      if (digits > 18) {
        throw new TextOnlyEngine.Unsupported("number out of range");
      }
      return COSInteger.get(Long.parseLong(text));
    }
    float value = Float.parseFloat(text);
    // COSFloat's coercion of values a float cannot hold
    if (value == Float.POSITIVE_INFINITY) {
      value = Float.MAX_VALUE;
    } else if (value == Float.NEGATIVE_INFINITY) {
      value = -Float.MAX_VALUE;
    } else if (Math.abs(value) < Float.MIN_NORMAL) {
      value = 0f;
    }
    return new COSFloat(value);
  }

  /**
   * A literal string with PDF's escapes; a line break escaped or a ")" PDFBox might re-read:
   * Unsupported.
   */
  private COSString literal() {
    at++;
    ByteArrayOutputStream out = new ByteArrayOutputStream(32);
    int depth = 1;
    while (true) {
      if (at >= data.length) {
        throw new TextOnlyEngine.Unsupported("unclosed string");
      }
      int c = data[at++] & 0xff;
      switch (c) {
        case '(' -> {
          depth++;
          out.write(c);
        }
        case ')' -> {
          depth--;
          if (depth == 0) {
            return new COSString(out.toByteArray());
          }
          if (at < data.length && data[at] == '\r') {
            throw new TextOnlyEngine.Unsupported("parenthesis PDFBox may read as an end");
          }
          out.write(c);
        }
        case '\\' -> escape(out);
        case '\r', '\n' -> throw new TextOnlyEngine.Unsupported("line break in a string");
        default -> out.write(c);
      }
    }
  }

  private void escape(ByteArrayOutputStream out) {
    if (at >= data.length) {
      throw new TextOnlyEngine.Unsupported("unclosed string");
    }
    int c = data[at++] & 0xff;
    switch (c) {
      case 'n' -> out.write('\n');
      case 'r' -> out.write('\r');
      case 't' -> out.write('\t');
      case 'b' -> out.write('\b');
      case 'f' -> out.write('\f');
      case '(', ')', '\\' -> out.write(c);
      default -> {
        if (c >= '0' && c <= '7') {
          int value = c - '0';
          for (int i = 0; i < 2 && at < data.length && data[at] >= '0' && data[at] <= '7'; i++) {
            value = value * 8 + (data[at++] - '0');
          }
          out.write(value);
        } else {
          throw new TextOnlyEngine.Unsupported("unusual escape in a string");
        }
      }
    }
  }

  private COSString hex() {
    at++;
    ByteArrayOutputStream out = new ByteArrayOutputStream(32);
    int high = -1;
    while (true) {
      if (at >= data.length) {
        throw new TextOnlyEngine.Unsupported("unclosed hex string");
      }
      int c = data[at++] & 0xff;
      if (c == '>') {
        if (high >= 0) {
          out.write(high << 4); // an odd digit count ends in an implied 0
        }
        return new COSString(out.toByteArray());
      }
      if (isWhitespace(c)) {
        continue;
      }
      int digit = Character.digit(c, 16);
      if (digit < 0) {
        throw new TextOnlyEngine.Unsupported("malformed hex string");
      }
      if (high < 0) {
        high = digit;
      } else {
        out.write(high << 4 | digit);
        high = -1;
      }
    }
  }
}
