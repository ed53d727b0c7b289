package org.dpsupport.testresources.attacks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Decompression bombs, made on demand: a valid one-page PDF whose page content is a FlateDecode
 * stream of zeros. Zeros compress about a thousand to one, so a file of a few hundred kilobytes
 * inflates to hundreds of megabytes.
 */
public final class PdfBombs {

  private PdfBombs() {}

  /** A PDF whose only content stream inflates to {@code inflatedBytes} zeros. */
  public static byte[] zeros(long inflatedBytes) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      COSStream content = document.getDocument().createCOSStream();
      try (OutputStream raw = content.createRawOutputStream()) {
        raw.write(deflatedZeros(inflatedBytes));
      }
      content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      page.getCOSObject().setItem(COSName.CONTENTS, content);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same bomb with one more byte after the end: a different file to a duplicate check. */
  public static byte[] oneByteMore(byte[] pdf) {
    byte[] more = java.util.Arrays.copyOf(pdf, pdf.length + 1);
    more[pdf.length] = '\n';
    return more;
  }

  private static byte[] deflatedZeros(long count) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] zeros = new byte[1 << 20];
    byte[] buffer = new byte[1 << 16];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long left = count;
    while (left > 0) {
      int n = (int) Math.min(zeros.length, left);
      deflater.setInput(zeros, 0, n);
      left -= n;
      while (!deflater.needsInput()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }
}
