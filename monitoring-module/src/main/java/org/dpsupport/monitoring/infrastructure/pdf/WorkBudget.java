package org.dpsupport.monitoring.infrastructure.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Measures the work a document would cost before the text reader does it: every compressed stream
 * the reader could decode (page text, forms, fonts, character maps; never pictures) is inflated
 * once into a counter that stops at the budget, and the clock is checked from the first byte. A
 * decompression bomb (a small file of compressed zeros) is stopped after inflating at most the
 * budget, in milliseconds, instead of holding a request thread while PDFBox inflates it into
 * memory.
 */
final class WorkBudget {

  /** The document would inflate to more than the budget. */
  static final class TooMuchInflated extends RuntimeException {
    TooMuchInflated() {
      super("inflated bytes over the budget", null, false, false);
    }
  }

  /** The deadline passed while measuring. */
  static final class OutOfTime extends RuntimeException {
    OutOfTime() {
      super("reading deadline passed", null, false, false);
    }
  }

  /** Filters that only pictures use; the text reader never decodes them. */
  private static final Set<COSName> PICTURE_FILTERS =
      Set.of(
          COSName.DCT_DECODE,
          COSName.DCT_DECODE_ABBREVIATION,
          COSName.JPX_DECODE,
          COSName.CCITTFAX_DECODE,
          COSName.CCITTFAX_DECODE_ABBREVIATION,
          COSName.JBIG2_DECODE);

  private final long deadlineNanos;
  private long remaining;

  WorkBudget(long maxInflatedBytes, long deadlineNanos) {
    this.remaining = maxInflatedBytes;
    this.deadlineNanos = deadlineNanos;
  }

  /**
   * Inflates every stream the text reader could decode, in file order: direct objects first (which
   * include the object streams holding the rest), then the objects kept inside object streams.
   */
  void measure(COSDocument document) {
    Map<COSObjectKey, Long> xref = document.getXrefTable();
    List<COSObjectKey> direct = new ArrayList<>();
    List<COSObjectKey> compressed = new ArrayList<>();
    for (Map.Entry<COSObjectKey, Long> entry : xref.entrySet()) {
      (entry.getValue() != null && entry.getValue() < 0 ? compressed : direct).add(entry.getKey());
    }
    for (COSObjectKey key : direct) {
      checkTime();
      if (document.getObjectFromPool(key).getObject() instanceof COSStream stream) {
        inflate(stream);
      }
    }
    for (COSObjectKey key : compressed) {
      checkTime();
      document.getObjectFromPool(key).getObject();
    }
  }

  void checkTime() {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new OutOfTime();
    }
  }

  private void inflate(COSStream stream) {
    List<COSName> filters = filters(stream.getFilters());
    if (filters.isEmpty()
        || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
        || filters.stream().anyMatch(PICTURE_FILTERS::contains)) {
      return; // raw bytes are bounded by the file's size; pictures are never decoded for text
    }
    try (InputStream raw = stream.createRawInputStream()) {
      InputStream in = raw;
      for (int i = 0; i < filters.size(); i++) {
        Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
        Counter out = new Counter(i < filters.size() - 1);
        filter.decode(in, out, stream, i);
        in = new ByteArrayInputStream(out.kept());
      }
    } catch (IOException e) {
      // a damaged stream costs nothing more here; the reader itself decides what it can read
    }
  }

  private static List<COSName> filters(COSBase filters) {
    List<COSName> names = new ArrayList<>();
    if (filters instanceof COSName name) {
      names.add(name);
    } else if (filters instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSName name) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Counts inflated bytes against the budget; keeps them only between two filters of a chain. */
  private final class Counter extends OutputStream {
    private final ByteArrayOutputStream kept;

    Counter(boolean keep) {
      this.kept = keep ? new ByteArrayOutputStream() : null;
    }

    @Override
    public void write(int b) {
      count(1);
      if (kept != null) {
        kept.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count(len);
      if (kept != null) {
        kept.write(b, off, len);
      }
    }

    private void count(int n) {
      remaining -= n;
      if (remaining < 0) {
        throw new TooMuchInflated();
      }
      checkTime();
    }

    byte[] kept() {
      return kept == null ? new byte[0] : kept.toByteArray();
    }
  }
}
