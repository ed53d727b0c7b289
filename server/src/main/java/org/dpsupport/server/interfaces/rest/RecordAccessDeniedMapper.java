package org.dpsupport.server.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.dpsupport.server.security.RecordAccessDeniedException;

@Provider
public class RecordAccessDeniedMapper implements ExceptionMapper<RecordAccessDeniedException> {
  @Override
  public Response toResponse(RecordAccessDeniedException e) {
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError(e.getMessage()))
        .build();
  }
}
