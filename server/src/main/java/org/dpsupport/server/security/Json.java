package org.dpsupport.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one JSON shape for errors outside JAX-RS (filters and the authentication mechanism): the same
 * RFC 9457 problem body the API's exception mappers send.
 */
public final class Json {

  public static final String PROBLEM = "application/problem+json";

  private Json() {}

  static String problem(int status, String detail, String instance) {
    jakarta.ws.rs.core.Response.Status known =
        jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
    return jakarta.json.Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", known == null ? "Error" : known.getReasonPhrase())
        .add("status", status)
        .add("detail", detail)
        .add("instance", instance)
        .add("error", detail)
        .build()
        .toString();
  }

  /** Sends a problem body with this status, saying {@code detail}. */
  public static void send(
      HttpServletRequest request, HttpServletResponse response, int status, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(PROBLEM);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(problem(status, detail, request.getRequestURI()));
  }
}
