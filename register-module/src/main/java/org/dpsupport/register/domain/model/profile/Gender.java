package org.dpsupport.register.domain.model.profile;

/**
 * The gender a PA offers for personal care, so a budget holder can ask for a same-gender carer.
 * (Equality Act 2010 Sch. 9 para. 1: a lawful occupational requirement for intimate personal care.)
 * A PA may leave it unsaid; a need that requires a gender then never shows them.
 */
public enum Gender {
  FEMALE("a woman"),
  MALE("a man");

  private final String phrase;

  Gender(String phrase) {
    this.phrase = phrase;
  }

  /** "a woman", "a man": used in explanations ("is a woman, as you asked"). */
  public String phrase() {
    return phrase;
  }
}
