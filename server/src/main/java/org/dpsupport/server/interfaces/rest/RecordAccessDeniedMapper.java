package org.dpsupport.server.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.dpsupport.server.security.RecordAccessDeniedException;

@Provider
public class RecordAccessDeniedMapper implements ExceptionMapper<RecordAccessDeniedException> {
  @Override
  public Response toResponse(RecordAccessDeniedException e) {
    return ApiError.response(Response.Status.FORBIDDEN, e.getMessage());
  }
}
