package org.dpsupport.server.interfaces.web.holder;

import java.util.Arrays;
import java.util.List;
import org.dpsupport.server.application.monitoring.AccountMonitoring;

/** The support plan's spending categories, in the order the return form shows them. */
final class ReturnCategories {

  private ReturnCategories() {}

  static List<String> of(AccountMonitoring accounts, long accountId) {
    return Arrays.stream(accounts.monitored(accountId).getPlanCategories().split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .sorted()
        .toList();
  }
}
