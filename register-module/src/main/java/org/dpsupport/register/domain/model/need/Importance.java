package org.dpsupport.register.domain.model.need;

/**
 * How much a preference matters: a required one hides PAs who do not meet it, a preferred one ranks
 * them lower.
 */
public enum Importance {
  NOT_NEEDED,
  PREFERRED,
  REQUIRED
}
