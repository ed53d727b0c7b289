package org.dpsupport.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dpsupport.kernel.RuleException;
import org.dpsupport.register.domain.model.introduction.ContactDetailsNotSharedException;
import org.dpsupport.server.application.monitoring.MonitoringException;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pages answer a refused rule with a 4xx, never a 500")
class PageErrorFilterStatusTest {

  @Test
  @DisplayName(
      "a state conflict is 400 on a page (the form again); nothing there 404; too large 413")
  void payrollAndMonitoring() {
    assertEquals(
        400,
        PageErrorFilter.statusFor(new PayrollProblem(RuleException.Kind.CONFLICT, "Not yet.")));
    assertEquals(
        404,
        PageErrorFilter.statusFor(
            new RuntimeException(new PayrollProblem(RuleException.Kind.NOT_FOUND, "No run."))));
    assertEquals(
        400,
        PageErrorFilter.statusFor(new MonitoringException(RuleException.Kind.CONFLICT, "Sent.")));
    assertEquals(413, PageErrorFilter.statusFor(MonitoringException.tooLarge("10 MB")));
  }

  @Test
  @DisplayName("a register refusal reaching a page is a 4xx too (it was a 500 before)")
  void register() {
    assertEquals(
        403, PageErrorFilter.statusFor(new ContactDetailsNotSharedException("Not agreed yet.")));
  }
}
