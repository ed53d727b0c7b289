package org.dpsupport.server.interfaces.web.monitoring;

import java.util.Arrays;
import java.util.List;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountEntity;

/** The support plan's spending categories in the order the return form shows them. */
final class AccountCategories {

  private AccountCategories() {}

  static List<String> of(MonitoredAccountEntity m) {
    return Arrays.stream(m.getPlanCategories().split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .sorted()
        .toList();
  }
}
