package org.dpsupport.server.interfaces.web.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.dpsupport.server.interfaces.web.NavigationContributor;
import org.dpsupport.server.security.Role;

/** Header link for agency staff: the managed accounts whose invoices the agency pays. */
@ApplicationScoped
public class ManagedNavigation implements NavigationContributor {

  @Override
  public List<Link> links(Set<Role> roles) {
    return roles.contains(Role.PAYROLL_STAFF)
        ? List.of(new Link("Managed accounts", "/agency/managed.xhtml", 40))
        : List.of();
  }
}
