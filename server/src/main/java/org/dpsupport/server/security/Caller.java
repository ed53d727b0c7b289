package org.dpsupport.server.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The person signed in on a request: who they are for per-record access ({@link Viewer}) and the
 * name the pages greet them by.
 */
public record Caller(Viewer viewer, String displayName) {

  /**
   * The caller's roles in {@link Role}'s order (the first is the one whose start page they see).
   */
  public Set<Role> roles() {
    return viewer.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(viewer.roles());
  }
}
