package org.dpsupport.server.security;

import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person as far as per-record access is concerned: who they are, their roles, and the
 * council or agency they work for.
 */
public record Viewer(
    long userId,
    String username,
    Set<Role> roles,
    Optional<Long> councilId,
    Optional<Long> agencyId) {

  public Viewer {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
