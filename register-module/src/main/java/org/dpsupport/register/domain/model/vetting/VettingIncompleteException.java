package org.dpsupport.register.domain.model.vetting;

import java.util.List;
import org.dpsupport.register.domain.model.RegisterRuleException;

/** Register staff tried to approve a profile whose checks are not all present and in date. */
public class VettingIncompleteException extends RegisterRuleException {
  private static final long serialVersionUID = 1L;
  private final transient List<OutstandingItem> outstanding;

  public VettingIncompleteException(List<OutstandingItem> outstanding) {
    super(
        "This profile cannot be approved yet. Still needed: "
            + String.join("; ", outstanding.stream().map(OutstandingItem::whatToDo).toList())
            + ".");
    this.outstanding = List.copyOf(outstanding);
  }

  public List<OutstandingItem> outstanding() {
    return outstanding;
  }
}
