package org.dpsupport.server.interfaces.rest.monitoring;

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
          case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
        };
    return ApiError.response(status, e.getMessage());
  }
}
