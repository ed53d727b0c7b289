package org.dpsupport.server.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.dpsupport.kernel.RuleException;

/**
 * A rule the request broke, in any context (payroll, monitoring, register), as an RFC 9457 problem
 * whose detail is the rule's own sentence: 400 bad input, 403 not allowed yet, 404 nothing there,
 * 409 not in a state that allows it, 413 too large.
 */
@Provider
public class RuleExceptionMapper implements ExceptionMapper<RuleException> {

  @Override
  public Response toResponse(RuleException e) {
    return ApiError.response(status(e.kind()), e.getMessage());
  }

  /** The HTTP status for each kind of refusal. */
  public static int status(RuleException.Kind kind) {
    return switch (kind) {
      case BAD_INPUT -> 400;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
    };
  }
}
