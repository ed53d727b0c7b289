package org.dpsupport.register.domain.model.people;

/** The part a person plays in the register. */
public enum ActorRole {
  /** The personal assistant looking for work. */
  PERSONAL_ASSISTANT,
  /** The person who holds the direct payment and will employ the PA. */
  BUDGET_HOLDER,
  /** Someone the budget holder has nominated to manage the direct payment for them. */
  NOMINEE,
  /** A support planner helping the budget holder. */
  SUPPORT_PLANNER,
  /** Council staff who keep the register and vet PAs. */
  REGISTER_STAFF;

  /** True for everyone who may act for the budget holder's side of a need. */
  public boolean actsForBudgetHolder() {
    return this == BUDGET_HOLDER || this == NOMINEE || this == SUPPORT_PLANNER;
  }
}
