package bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.ToIntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.Table;
import technology.tabula.extractors.BasicExtractionAlgorithm;

/**
 * tabula-java's stream mode (the one for tables without ruling lines, as statements print them)
 * over every page of a PDF; returns the number of table rows it found. Compiled and loaded by the
 * benchmark in a class loader of its own, because tabula brings PDFBox 2 and the reader uses 3.
 */
public final class TabulaRunner implements ToIntFunction<byte[]> {

  @Override
  public int applyAsInt(byte[] pdf) {
    try (PDDocument document = PDDocument.load(pdf)) {
      ObjectExtractor extractor = new ObjectExtractor(document);
      BasicExtractionAlgorithm stream = new BasicExtractionAlgorithm();
      int rows = 0;
      PageIterator pages = extractor.extract();
      while (pages.hasNext()) {
        Page page = pages.next();
        for (Table table : stream.extract(page)) {
          rows += table.getRowCount();
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
