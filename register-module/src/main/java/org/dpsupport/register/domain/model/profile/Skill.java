package org.dpsupport.register.domain.model.profile;

import java.util.Arrays;
import java.util.Locale;
import org.dpsupport.register.domain.model.InvalidDetailException;

/**
 * Skills and experience a PA offers and a need asks for. Languages are a separate, open set ({@link
 * Language}); a car is {@link PaProfile#hasCar()}.
 */
public enum Skill {
  PERSONAL_CARE("personal care"),
  MOVING_AND_HANDLING("moving and handling"),
  MEDICATION("medication"),
  DEMENTIA("dementia"),
  LEARNING_DISABILITY("learning disability"),
  AUTISM("autism"),
  MENTAL_HEALTH("mental health"),
  /** Can drive, e.g. the budget holder's own (Motability) car. */
  DRIVING("driving"),
  COOKING("cooking");

  private final String label;

  Skill(String label) {
    this.label = label;
  }

  /** The words used on pages and in match explanations: "dementia", "moving and handling". */
  public String label() {
    return label;
  }

  /**
   * The skill named by its label or constant name, in any case: "Dementia", "MOVING_AND_HANDLING".
   */
  public static Skill fromLabel(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.UK).replace('_', ' ');
    return Arrays.stream(values())
        .filter(s -> s.label.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidDetailException(
                    "'"
                        + text
                        + "' is not a skill the register knows. Choose from: "
                        + String.join(", ", Arrays.stream(values()).map(Skill::label).toList())
                        + "."));
  }
}
