package org.dpsupport.server.interfaces.rest.register;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.RegisterRuleException;
import org.dpsupport.register.domain.model.introduction.ContactDetailsNotSharedException;
import org.dpsupport.server.interfaces.rest.ApiError;

/**
 * A register rule the request broke, as JSON with the rule's message (which says what to do): 400
 * for a detail that is not valid, 403 for contact details not yet agreed by both sides, 409 for a
 * step the profile, need or introduction is not ready for.
 */
@Provider
public class RegisterRuleMapper implements ExceptionMapper<RegisterRuleException> {

  @Override
  public Response toResponse(RegisterRuleException e) {
    return ApiError.response(status(e), e.getMessage());
  }

  static Response.Status status(RegisterRuleException e) {
    if (e instanceof InvalidDetailException) {
      return Response.Status.BAD_REQUEST;
    }
    if (e instanceof ContactDetailsNotSharedException) {
      return Response.Status.FORBIDDEN;
    }
    return Response.Status.CONFLICT;
  }
}
