package org.dpsupport.register.domain.model.profile;

import java.util.List;
import org.dpsupport.register.domain.model.RegisterRuleException;

/** A profile sent for vetting without the details budget holders need to find it. */
public class ProfileIncompleteException extends RegisterRuleException {
  private static final long serialVersionUID = 1L;
  private final List<String> missing;

  public ProfileIncompleteException(List<String> missing) {
    super(
        "Before you send your profile for checking, please add: "
            + String.join("; ", missing)
            + ".");
    this.missing = List.copyOf(missing);
  }

  public List<String> missing() {
    return missing;
  }
}
