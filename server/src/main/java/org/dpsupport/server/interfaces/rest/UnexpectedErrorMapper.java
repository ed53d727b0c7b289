package org.dpsupport.server.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper answers: a JAX-RS status keeps its status with a plain message; any
 * other failure is logged in full under an incident number and answered with a 500 that says what
 * to do, never with the exception's text (which could show SQL, class names or other people's
 * data).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
      Response r = w.getResponse();
      if (r.hasEntity()) {
        return r;
      }
      return Response.status(r.getStatus())
          .type(MediaType.APPLICATION_JSON)
          .entity(new ApiError(clientMessage(r.getStatus())))
          .build();
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected error answered as incident " + incident, e);
    return Response.serverError()
        .type(MediaType.APPLICATION_JSON)
        .entity(
            new ApiError(
                "Something went wrong on our"
                    + " side and your request was not completed. Try again; if it happens again, contact support and quote"
                    + " incident "
                    + incident
                    + "."))
        .build();
  }

  private static String clientMessage(int status) {
    return switch (status) {
      case 400 -> "The request could not be read. Check it against the API document at /openapi.";
      case 401 -> "Sign in first.";
      case 403 -> "You do not have access to this.";
      case 404 ->
          "There is nothing at this address. Check it against the API document at /openapi.";
      case 405 -> "This address does not take that method. Check the API document at /openapi.";
      case 406, 415 ->
          "Send and accept application/json (PDF uploads: application/pdf), as the API document at /openapi says.";
      default -> "The request could not be completed (HTTP " + status + ").";
    };
  }
}
