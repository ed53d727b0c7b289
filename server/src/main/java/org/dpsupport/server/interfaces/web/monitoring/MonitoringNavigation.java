package org.dpsupport.server.interfaces.web.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dpsupport.server.interfaces.web.NavigationContributor;
import org.dpsupport.server.security.Role;

/** Header links: the officer's queue and reports, the budget holder's returns. */
@ApplicationScoped
public class MonitoringNavigation implements NavigationContributor {

  @Override
  public List<Link> links(Set<Role> roles) {
    List<Link> links = new ArrayList<>();
    if (roles.contains(Role.MONITORING_OFFICER)) {
      links.add(new Link("Monitoring queue", "/officer/monitoring-queue.xhtml", 30));
      links.add(new Link("Monitoring reports", "/officer/monitoring-reports.xhtml", 31));
    }
    if (roles.contains(Role.BUDGET_HOLDER)) {
      links.add(new Link("Your returns", "/holder/returns.xhtml", 30));
    }
    return links;
  }
}
