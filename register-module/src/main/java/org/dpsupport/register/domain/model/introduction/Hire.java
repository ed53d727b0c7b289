package org.dpsupport.register.domain.model.introduction;

import java.util.Objects;
import org.dpsupport.register.domain.model.need.Need;

/**
 * The result of hiring a PA: the introduction marked hired, the need with the PA taken off it (and
 * their slots removed), and the new employee for payroll. The server saves the first two and hands
 * the third to payroll, in one transaction.
 */
public record Hire(Introduction introduction, Need need, NewEmployeeFromRegister newEmployee) {
  public Hire {
    Objects.requireNonNull(introduction, "introduction");
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(newEmployee, "newEmployee");
  }
}
