package org.dpsupport.server.security;

import java.util.Optional;

/**
 * Finds the person behind a signed-in principal's name. Implemented where the users are stored, so
 * that this package depends on no store.
 */
public interface Callers {

  /** The user with exactly this (already normalised) username, if there is one. */
  Optional<Caller> caller(String username);
}
