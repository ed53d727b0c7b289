package org.dpsupport.server.interfaces.web.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dpsupport.server.application.monitoring.ManagedAccountService;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedStore;
import org.dpsupport.server.interfaces.web.NavigationContributor;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Header links by route: an invoice agency's staff get "Managed accounts" (and no payroll bureau
 * links when the agency runs no payroll); a person with a managed account gets "Your care invoices"
 * (and no returns or timesheets links when every account they hold is managed and they employ no
 * one). A person with both kinds of account sees both.
 */
@ApplicationScoped
public class ManagedNavigation implements NavigationContributor {

  static final String AGENCY_PAGE = "/agency/managed.xhtml";
  static final String HOLDER_PAGE = "/holder/managed.xhtml";

  @Inject ManagedAccountService managed;

  @Override
  public List<Link> links(Set<Role> roles) {
    return List.of();
  }

  @Override
  public List<Link> links(Viewer viewer) {
    ManagedStore.Routes r = managed.routes(viewer);
    List<Link> links = new ArrayList<>();
    if (viewer.has(Role.PAYROLL_STAFF) && r.agencyManages()) {
      links.add(new Link("Managed accounts", AGENCY_PAGE, 40));
    }
    if (viewer.has(Role.BUDGET_HOLDER) && r.holdsManaged()) {
      links.add(new Link("Your care invoices", HOLDER_PAGE, 25));
    }
    return links;
  }

  @Override
  public Set<String> hiddenPaths(Viewer viewer) {
    ManagedStore.Routes r = managed.routes(viewer);
    Set<String> hidden = new HashSet<>();
    if (viewer.has(Role.PAYROLL_STAFF) && r.agencyManages() && !r.agencyRunsPayroll()) {
      hidden.add(Role.PAYROLL_STAFF.startPage());
      hidden.add("/agency/payroll.xhtml");
    }
    if (viewer.has(Role.BUDGET_HOLDER) && r.holdsManaged()) {
      if (!r.holdsOther()) {
        hidden.add("/holder/returns.xhtml");
      }
      if (!r.employs()) {
        hidden.add("/holder/timesheets.xhtml");
      }
    }
    return hidden;
  }
}
