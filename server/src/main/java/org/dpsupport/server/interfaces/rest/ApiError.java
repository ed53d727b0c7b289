package org.dpsupport.server.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every API error has this shape: an RFC 9457 problem ({@code application/problem+json}) whose
 * {@code detail} is a sentence a person can act on. {@code error} repeats the detail for clients
 * written before problem bodies (an RFC 9457 extension member).
 */
@Schema(
    name = "Problem",
    description =
        "An RFC 9457 problem: what went wrong and what to change, in a sentence for a person")
public record ApiError(
    @Schema(description = "about:blank: the status says what kind of problem it is") String type,
    @Schema(description = "The HTTP status's name, for example Bad Request") String title,
    @Schema(description = "The HTTP status code", example = "400") int status,
    @Schema(description = "What went wrong and what to change") String detail,
    @Schema(description = "The path the request was sent to") String instance,
    @Schema(description = "The same sentence as detail, for older clients") String error) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  /** A problem for this status saying {@code detail}; the path is filled in on the way out. */
  public ApiError(String detail) {
    this("about:blank", null, 0, detail, null, detail);
  }

  public static ApiError of(int status, String detail) {
    return new ApiError("about:blank", title(status), status, detail, null, detail);
  }

  /** The same problem, for the path the request was sent to. */
  public ApiError at(String path) {
    return new ApiError(type, title, status, detail, path, error);
  }

  /** A response carrying a problem body. */
  public static Response response(int status, String detail) {
    return Response.status(status).type(PROBLEM_JSON).entity(of(status, detail)).build();
  }

  public static Response response(Response.StatusType status, String detail) {
    return response(status.getStatusCode(), detail);
  }

  public static String title(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    if (known != null) {
      return known.getReasonPhrase();
    }
    return switch (status) {
      case 413 -> "Content Too Large";
      case 422 -> "Unprocessable Content";
      default -> status >= 500 ? "Server Error" : "Client Error";
    };
  }
}
