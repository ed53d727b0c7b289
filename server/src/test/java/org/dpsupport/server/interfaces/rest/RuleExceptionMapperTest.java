package org.dpsupport.server.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dpsupport.kernel.RuleException;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.introduction.ContactDetailsNotSharedException;
import org.dpsupport.register.domain.model.introduction.IntroductionStepNotAllowedException;
import org.dpsupport.server.application.monitoring.MonitoringException;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One rule exception, one mapper: every context keeps its status codes")
class RuleExceptionMapperTest {

  private static int api(RuleException e) {
    return RuleExceptionMapper.status(e.kind());
  }

  @Test
  @DisplayName("payroll: bad input 400, nothing there 404, wrong state 409")
  void payroll() {
    assertEquals(400, api(new PayrollProblem(RuleException.Kind.BAD_INPUT, "Give the tax year.")));
    assertEquals(404, api(new PayrollProblem(RuleException.Kind.NOT_FOUND, "No such run.")));
    assertEquals(409, api(new PayrollProblem(RuleException.Kind.CONFLICT, "Not approved yet.")));
  }

  @Test
  @DisplayName("monitoring: bad input 400, wrong time 409, nothing there 404, too large 413")
  void monitoring() {
    assertEquals(400, api(new MonitoringException(RuleException.Kind.BAD_INPUT, "Enter it.")));
    assertEquals(409, api(new MonitoringException(RuleException.Kind.CONFLICT, "Already sent.")));
    assertEquals(404, api(new MonitoringException(RuleException.Kind.NOT_FOUND, "No return.")));
    assertEquals(413, api(MonitoringException.tooLarge("10 MB")));
  }

  @Test
  @DisplayName("register: a detail not valid 400, contact details not agreed 403, out of turn 409")
  void register() {
    assertEquals(400, api(new InvalidDetailException("Enter a postcode district.")));
    assertEquals(403, api(new ContactDetailsNotSharedException("Not agreed yet.")));
    assertEquals(409, api(new IntroductionStepNotAllowedException("Already hired.")));
  }
}
