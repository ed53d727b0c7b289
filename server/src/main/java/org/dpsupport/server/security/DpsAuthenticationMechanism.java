package org.dpsupport.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * One mechanism for both channels. Pages: the sign-in page hands credentials over through {@code
 * SecurityContext.authenticate}, the session then carries the caller, and a protected page without
 * a caller redirects to sign-in (saying so when the session has timed out). API: HTTP Basic on each
 * request, or the browser session; without either, 401 with a problem body.
 *
 * <p>Basic is stateless: it never creates a session, and credentials sent with a request always win
 * over a session cookie the client also holds (a wrong password is refused even with a signed in
 * session). Only the sign-in page puts the caller in the session.
 */
@ApplicationScoped
public class DpsAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String SIGN_IN_PAGE = "/signin.xhtml";

  /** The session cookie's name, as set in server.xml (httpSession cookieName). */
  public static final String SESSION_COOKIE = "DPSSESSION";

  /**
   * Liberty's single sign-on (LTPA) cookie, as set in server.xml (webAppSecurity ssoCookieName).
   */
  public static final String SSO_COOKIE = "DPSAUTH";

  /** Session attributes holding the signed-in caller and their groups (sign-in page only). */
  static final String CALLER = "dps.caller";

  static final String GROUPS = "dps.groups";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      HttpSession session = request.getSession();
      session.setAttribute(CALLER, result.getCallerPrincipal().getName());
      session.setAttribute(GROUPS, new HashSet<>(result.getCallerGroups()));
      return context.notifyContainerAboutLogin(result);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
        return unauthorised(
            request, response, context, "Send your username and password with HTTP Basic.");
      }
      return basic(authorization.substring(6).trim(), request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(CALLER) instanceof String caller) {
      @SuppressWarnings("unchecked")
      Set<String> groups = (Set<String>) session.getAttribute(GROUPS);
      return context.notifyContainerAboutLogin(caller, groups == null ? Set.of() : groups);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorised(
          request,
          response,
          context,
          "Sign in first: send your username and password with HTTP Basic"
              + " authentication, or sign in on the web pages in this browser.");
    }
    boolean timedOut = hasSessionCookie(request) && request.getSession(false) == null;
    // the page asked for, to go on to after signing in (GET only: a form post is not repeated)
    String next =
        "GET".equals(request.getMethod())
            ? request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
            : null;
    String query =
        (timedOut ? "expired=true" : "")
            + (next == null
                ? ""
                : (timedOut ? "&" : "")
                    + "next="
                    + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
    return context.redirect(
        request.getContextPath() + SIGN_IN_PAGE + (query.isEmpty() ? "" : "?" + query));
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorised(
          request, response, context, "The Authorization header is not valid Base64.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return unauthorised(
          request, response, context, "The Authorization header must hold username:password.");
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorised(
          request,
          response,
          context,
          "That username and password were not accepted. Check them and try again; after too"
              + " many wrong passwords, wait 15 minutes first.");
    }
    return context.notifyContainerAboutLogin(result);
  }

  /** The browser still holds a session cookie the server no longer knows: the session timed out. */
  private static boolean hasSessionCookie(HttpServletRequest request) {
    jakarta.servlet.http.Cookie[] cookies = request.getCookies();
    return cookies != null
        && java.util.Arrays.stream(cookies).anyMatch(c -> SESSION_COOKIE.equals(c.getName()));
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus unauthorised(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String message) {
    try {
      response.setHeader("WWW-Authenticate", "Basic realm=\"DP Support API\", charset=\"UTF-8\"");
      Json.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, message);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
