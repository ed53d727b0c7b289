package org.dpsupport.register.domain.model.profile;

/**
 * Whether the PA lets budget holders find their profile. Hidden profiles are kept, not searched.
 */
public enum Visibility {
  VISIBLE,
  HIDDEN
}
