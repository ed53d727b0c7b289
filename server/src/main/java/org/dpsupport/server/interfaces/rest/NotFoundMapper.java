package org.dpsupport.server.interfaces.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {
  @Override
  public Response toResponse(NotFoundException e) {
    String message =
        e.getMessage() == null || e.getMessage().startsWith("HTTP 404")
            ? "There is nothing at this address. Check it against the API document at /openapi."
            : e.getMessage();
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError(message))
        .build();
  }
}
