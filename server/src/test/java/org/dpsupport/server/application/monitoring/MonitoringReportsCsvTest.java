package org.dpsupport.server.application.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MonitoringReportsCsvTest {

  @Test
  void cellsASpreadsheetWouldRunAreEscaped() {
    assertEquals("'=HYPERLINK(\"http://x\")", MonitoringReports.safe("=HYPERLINK(\"http://x\")"));
    assertEquals("'+44 20", MonitoringReports.safe("+44 20"));
    assertEquals("'-2+3", MonitoringReports.safe("-2+3"));
    assertEquals("'@SUM(A1)", MonitoringReports.safe("@SUM(A1)"));
    assertEquals("'\tx", MonitoringReports.safe("\tx"));
    assertEquals("'\rx", MonitoringReports.safe("\rx"));
  }

  @Test
  void ordinaryCellsAreLeftAlone() {
    assertEquals("DP-BDG-0202", MonitoringReports.safe("DP-BDG-0202"));
    assertEquals("Mary O'Brien", MonitoringReports.safe("Mary O'Brien"));
    assertEquals("a=b", MonitoringReports.safe("a=b"));
    assertEquals("", MonitoringReports.safe(""));
    assertNull(MonitoringReports.safe(null));
  }
}
