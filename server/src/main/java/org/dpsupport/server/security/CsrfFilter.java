package org.dpsupport.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Cross-site request forgery protection for everything that changes data. Every unsafe request
 * coming from a browser must come from our own origin (Origin or Referer header); pages also carry
 * Faces' per-view state token, and API calls that rely on the browser session instead of an
 * Authorization header must send the session's token in {@value #HEADER}.
 */
@WebFilter(filterName = "csrf", urlPatterns = "/*")
public class CsrfFilter extends HttpFilter {

  public static final String HEADER = "X-CSRF-Token";
  public static final String SESSION_ATTRIBUTE = "dps.csrfToken";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (!sameOrigin(request)) {
      refuse(
          request,
          response,
          "This form was sent from another website, so we did not act on it."
              + " Go back to DP Support and try again.");
      return;
    }
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    // Joining the PA register needs no sign-in, so there is no session to forge (the origin check
    // above still applies).
    boolean join =
        request.getRequestURI().equals(request.getContextPath() + "/api/v1/register/join");
    if (api && !join && request.getHeader("Authorization") == null && !tokenMatches(request)) {
      refuse(
          request,
          response,
          "Send the "
              + HEADER
              + " header with the csrfToken from GET /api/v1/me"
              + " when you use the API with a browser session.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The session's token, made on first use. */
  public static String tokenFor(HttpSession session) {
    Object token = session.getAttribute(SESSION_ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(SESSION_ATTRIBUTE, token);
    }
    return token.toString();
  }

  private static boolean tokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getHeader(HEADER);
    return session != null
        && sent != null
        && java.security.MessageDigest.isEqual(sent.getBytes(), tokenFor(session).getBytes());
  }

  private static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      origin = request.getHeader("Referer");
    }
    if (origin == null) {
      return true; // not a browser (API clients send neither); browsers always send one on POST
    }
    try {
      // the authority as sent, so "localhost:9080.evil.example" (no parsable host) never matches
      String authority = URI.create(origin).getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host(request));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The Host header, or (HTTP/2, where it is the :authority) the server name and port. */
  private static String host(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host != null) {
      return host;
    }
    boolean defaultPort =
        request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
    return defaultPort
        ? request.getServerName()
        : request.getServerName() + ":" + request.getServerPort();
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
    LOG.warning(
        () ->
            "Refused a possible cross-site request: "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + " Origin="
                + request.getHeader("Origin"));
    Json.send(request, response, HttpServletResponse.SC_FORBIDDEN, message);
  }
}
