package org.dpsupport.server.interfaces.web.register;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dpsupport.server.interfaces.web.NavigationContributor;
import org.dpsupport.server.security.Role;

/**
 * The register's header links: PAs' profile and needs, budget holders' search, staff's vetting
 * queue.
 */
@ApplicationScoped
public class RegisterNavigation implements NavigationContributor {

  @Override
  public List<Link> links(Set<Role> roles) {
    List<Link> links = new ArrayList<>();
    if (roles.contains(Role.PERSONAL_ASSISTANT)) {
      links.add(new Link("Register profile", "/pa/register-profile.xhtml", 70));
      links.add(new Link("Find work", "/pa/register-needs.xhtml", 71));
    }
    if (roles.contains(Role.BUDGET_HOLDER)) {
      links.add(new Link("Find a PA", "/holder/register-needs.xhtml", 70));
    }
    if (roles.contains(Role.ADMIN)) {
      links.add(new Link("PA register vetting", "/admin/register-vetting.xhtml", 70));
    }
    return links;
  }
}
