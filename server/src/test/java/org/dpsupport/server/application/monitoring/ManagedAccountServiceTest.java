package org.dpsupport.server.application.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dpsupport.monitoring.domain.model.receipt.ReceiptReading;
import org.dpsupport.monitoring.domain.model.statement.Refusal;
import org.dpsupport.monitoring.domain.model.statement.RefusalReason;
import org.junit.jupiter.api.Test;

/** The managed-account service's plain rules: unusable invoice files, addresses, who decided. */
class ManagedAccountServiceTest {

  @Test
  void aFileThatIsNotAUsablePdfIsRefusedAndAPdfWithoutAReadableTotalIsNot() {
    assertTrue(
        ManagedAccountService.unusablePdf(
                new ReceiptReading.ForOfficer(Refusal.of(RefusalReason.NOT_A_PDF)))
            .orElseThrow()
            .startsWith("This file is not a PDF."));
    assertTrue(
        ManagedAccountService.unusablePdf(
                new ReceiptReading.ForOfficer(Refusal.of(RefusalReason.DAMAGED)))
            .orElseThrow()
            .contains("damaged or incomplete"));
    assertTrue(
        ManagedAccountService.unusablePdf(
                new ReceiptReading.ForOfficer(Refusal.of(RefusalReason.PASSWORD_PROTECTED)))
            .orElseThrow()
            .contains("password"));
    assertEquals(
        Optional.empty(),
        ManagedAccountService.unusablePdf(
            new ReceiptReading.ForOfficer(Refusal.of(RefusalReason.RECEIPT_UNCLEAR, "total"))),
        "a PDF whose total cannot be read is kept with the total typed");
    assertEquals(
        Optional.empty(),
        ManagedAccountService.unusablePdf(
            new ReceiptReading.ForOfficer(Refusal.of(RefusalReason.SCANNED_PICTURE))));
  }

  @Test
  void aRemittanceAddressIsCheckedAndMayBeLeftOut() {
    assertNull(ManagedAccountService.remittanceEmail(null));
    assertNull(ManagedAccountService.remittanceEmail("  "));
    assertEquals(
        "accounts@oaktree.example.org",
        ManagedAccountService.remittanceEmail(" accounts@oaktree.example.org "));
    for (String bad :
        new String[] {"accounts at oaktree", "birch@", "@example.org", "a@b", "a b@example.org"}) {
      MonitoringException e =
          assertThrows(MonitoringException.class, () -> ManagedAccountService.remittanceEmail(bad));
      assertTrue(e.getMessage().contains("e-mail address"), bad);
    }
  }
}
