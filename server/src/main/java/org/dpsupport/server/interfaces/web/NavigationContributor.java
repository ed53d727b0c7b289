package org.dpsupport.server.interfaces.web;

import java.util.List;
import java.util.Set;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * A part of the service (payroll, monitoring, the register) that adds links to the header's
 * navigation for the roles it serves. Any CDI bean implementing this is picked up by {@link
 * MeBean}; links are shown in the order of {@link Link#order()}, then label.
 */
public interface NavigationContributor {

  /** One link: its label, its view path (e.g. {@code /agency/employers.xhtml}) and its position. */
  record Link(String label, String path, int order) {}

  /** The links for a person holding these roles (empty when none apply). */
  List<Link> links(Set<Role> roles);

  /**
   * The links for this person, following what they actually have (by default, their roles' links).
   */
  default List<Link> links(Viewer viewer) {
    return links(viewer.roles());
  }

  /**
   * Paths whose links (any contributor's, or a role's start page) do not apply to this person: a
   * managed-account holder with no returns, an invoice agency that runs no payroll.
   */
  default Set<String> hiddenPaths(Viewer viewer) {
    return Set.of();
  }
}
