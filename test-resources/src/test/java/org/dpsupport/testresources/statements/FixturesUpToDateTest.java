package org.dpsupport.testresources.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Committed statement fixtures match the data they are generated from")
class FixturesUpToDateTest {

  private static final Path FIXTURES = Path.of("src/main/resources/fixtures");

  static Stream<Path> specs() throws IOException {
    try (Stream<Path> statements = Files.list(FIXTURES.resolve("statements"));
        Stream<Path> unverified = Files.list(FIXTURES.resolve("unverified"))) {
      return Stream.concat(statements, unverified)
          .filter(f -> f.toString().endsWith(".statement"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  @DisplayName("the ground truth CSV and page count are what the generator makes from the data")
  void upToDate(Path data) throws IOException {
    Path dir = data.getParent();
    String name = data.getFileName().toString().replace(".statement", "");
    StatementSpec spec;
    try (Reader in = Files.newBufferedReader(data)) {
      spec = StatementSpec.read(name, in);
    }
    StatementPdfWriter.Written written = StatementPdfWriter.write(spec);
    assertEquals(
        FixtureGenerator.truthCsv(written.truth()),
        Files.readString(dir.resolve(name + ".csv")),
        "regenerate with FixtureGenerator after changing " + name + ".statement");
    try (PDDocument committed = Loader.loadPDF(dir.resolve(name + ".pdf").toFile())) {
      assertEquals(written.pages(), committed.getNumberOfPages());
    }
    assertEquals(spec.transactions().size(), written.truth().size());
  }
}
