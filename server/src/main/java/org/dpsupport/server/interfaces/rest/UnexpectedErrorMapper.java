package org.dpsupport.server.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.DateTimeException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper answers. A JAX-RS status keeps its status with a plain message (never
 * the container's own text, such as RESTEASY003870); a value the request sent that the service
 * cannot take (a body JSON-B could not read, an impossible date or number, a required value left
 * out) is a 400 saying what to change; any other failure is logged in full under an incident number
 * and answered with a 500 that says what to do, never with the exception's text (which could show
 * SQL, class names or other people's data).
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
      return ApiError.response(r.getStatus(), clientMessage(r.getStatus()));
    }
    String badInput = badInput(e);
    if (badInput != null) {
      LOG.log(Level.FINE, "Answered as a bad request", e);
      return ApiError.response(400, badInput);
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected error answered as incident " + incident, e);
    return ApiError.response(
        500,
        "Something went wrong on our side and your request was not completed. Try again; if it"
            + " happens again, contact support and quote incident "
            + incident
            + ".");
  }

  /** The sentence for a failure caused by what the request sent, or null for any other. */
  static String badInput(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof JsonParsingException
          || t instanceof ProcessingException) {
        return JsonBodyGuard.wrongKind(t);
      }
      if (t instanceof DateTimeException) {
        return "One of the dates is not a real date. Send dates as YYYY-MM-DD, for example"
            + " 2026-04-06.";
      }
      if (t instanceof ArithmeticException || t instanceof NumberFormatException) {
        return "One of the numbers cannot be used: it is too large, too precise or not a number."
            + " Check the figures.";
      }
    }
    if (e instanceof NullPointerException) {
      // a resource read a field the request left out
      return "Something the request needs is missing. Fill in every field the API document at"
          + " /openapi marks as required.";
    }
    return null;
  }

  private static String clientMessage(int status) {
    return switch (status) {
      case 400 -> "The request could not be read. Check it against the API document at /openapi.";
      case 401 -> "Sign in first.";
      case 403 -> "You do not have access to this.";
      case 404 ->
          "There is nothing at this address. Check it against the API document at /openapi.";
      case 405 -> "This address does not take that method. Check the API document at /openapi.";
      case 406 ->
          "We cannot answer in the type you asked for. Accept application/json (downloads: the"
              + " type the API document at /openapi names).";
      case 413 -> "The request is too large.";
      case 415 ->
          "Send application/json (PDF uploads: application/pdf), as the API document at /openapi"
              + " says.";
      default -> "The request could not be completed (HTTP " + status + ").";
    };
  }
}
