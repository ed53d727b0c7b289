package org.dpsupport.server.interfaces.rest.payroll;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.interfaces.rest.ApiError;

/** A payroll problem as JSON: 400 bad input, 404 nothing there, 409 not in this state. */
@Provider
public class PayrollProblemMapper implements ExceptionMapper<PayrollProblem> {
  @Override
  public Response toResponse(PayrollProblem e) {
    int status =
        switch (e.kind()) {
          case BAD_INPUT -> 400;
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
        };
    return ApiError.response(status, e.getMessage());
  }
}
