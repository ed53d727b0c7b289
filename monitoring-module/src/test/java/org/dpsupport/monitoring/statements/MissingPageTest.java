package org.dpsupport.monitoring.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.dpsupport.monitoring.application.ReadingLimits;
import org.dpsupport.monitoring.domain.model.layout.PageText;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.service.StatementLayoutParser;
import org.dpsupport.monitoring.infrastructure.pdf.PdfTextReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A statement with an unreadable page")
class MissingPageTest {

  @Test
  @DisplayName("page 2 of 2 without text: 'page 2 of 2 could not be read', not verified")
  void namesTheMissingPage() throws Exception {
    List<PageText> pages =
        new ArrayList<>(
            new PdfTextReader(ReadingLimits.defaults())
                .read(Fixtures.statementPdf("landscape-wide-page")));
    assertEquals(2, pages.size());
    pages.set(1, new PageText(2, List.of(), false));
    Statement statement = new StatementLayoutParser().parse(pages);
    assertFalse(statement.verified());
    assertEquals(List.of("page 2 of 2 could not be read"), statement.verification().gaps());
  }
}
