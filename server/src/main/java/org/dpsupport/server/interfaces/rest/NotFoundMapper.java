package org.dpsupport.server.interfaces.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A 404 in plain words; the container's own text (RESTEASY…) is never shown. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {
  @Override
  public Response toResponse(NotFoundException e) {
    String raw = e.getMessage() == null ? "" : e.getMessage();
    String message;
    if (raw.contains("RESTEASY003870")) {
      // a path or query parameter of the wrong kind, such as /accounts/abc
      message =
          "There is nothing at this address: a number in it is not a whole number we could"
              + " use. Check it against the API document at /openapi.";
    } else if (raw.isEmpty() || raw.startsWith("HTTP 404") || raw.startsWith("RESTEASY")) {
      message = "There is nothing at this address. Check it against the API document at /openapi.";
    } else {
      message = raw;
    }
    return ApiError.response(Response.Status.NOT_FOUND, message);
  }
}
