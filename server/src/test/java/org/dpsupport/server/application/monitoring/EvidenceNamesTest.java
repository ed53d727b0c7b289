package org.dpsupport.server.application.monitoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvidenceNamesTest {

  @Test
  void theRecipientsNameWithTitlesInitialsOrJointly() {
    assertTrue(EvidenceNames.sameHolder("Mr David Hughes", "David Hughes"));
    assertTrue(EvidenceNames.sameHolder("MR D HUGHES", "David Hughes"));
    assertTrue(EvidenceNames.sameHolder("Mrs A Hughes and Mr D Hughes", "David Hughes"));
    assertTrue(EvidenceNames.sameHolder("Mrs Sarah O'Neill", "Sarah ONeill"));
    assertTrue(EvidenceNames.sameHolder("HUGHES", "David Hughes"));
  }

  @Test
  void anotherPersonsName() {
    assertFalse(EvidenceNames.sameHolder("Mrs Sarah O'Neill", "David Hughes"));
    assertFalse(EvidenceNames.sameHolder("Mrs Sarah Hughes", "David Hughes"));
    assertFalse(EvidenceNames.sameHolder("Mr P Hughes", "David Hughes"));
  }
}
