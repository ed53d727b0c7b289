package org.dpsupport.server.interfaces.rest.monitoring;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.dpsupport.server.application.monitoring.MonitoringException;
import org.dpsupport.server.interfaces.rest.ApiError;

@Provider
public class MonitoringExceptionMapper implements ExceptionMapper<MonitoringException> {
  @Override
  public Response toResponse(MonitoringException e) {
    Response.Status status =
        switch (e.kind()) {
          case INVALID -> Response.Status.BAD_REQUEST;
          case CONFLICT -> Response.Status.CONFLICT;
          case NOT_FOUND -> Response.Status.NOT_FOUND;
        };
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError(e.getMessage()))
        .build();
  }
}
