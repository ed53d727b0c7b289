package org.dpsupport.register.domain.model.need;

import org.dpsupport.register.domain.model.RegisterRuleException;

/** Something was asked of a need that is filled or closed. */
public class NeedNotOpenException extends RegisterRuleException {
  private static final long serialVersionUID = 1L;

  public NeedNotOpenException(NeedId id, NeedStatus status) {
    super(
        "This request for a PA ("
            + id
            + ") is "
            + status.name().toLowerCase(java.util.Locale.UK)
            + ", so it is no longer taking PAs. The budget holder can open a new one.");
  }
}
