package org.dpsupport.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both channels. Pages: the sign-in page hands credentials over through {@code
 * SecurityContext.authenticate}, the session then carries the caller, and a protected page without
 * a caller redirects to sign-in (saying so when the session has timed out). API: HTTP Basic on each
 * request, or the browser session; without either, 401 with a JSON explanation.
 */
@ApplicationScoped
@AutoApplySession
public class DpsAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String SIGN_IN_PAGE = "/signin.xhtml";

  /** The session cookie's name, as set in server.xml (httpSession cookieName). */
  public static final String SESSION_COOKIE = "DPSSESSION";

  /**
   * Liberty's single sign-on (LTPA) cookie, as set in server.xml (webAppSecurity ssoCookieName).
   */
  public static final String SSO_COOKIE = "DPSAUTH";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : AuthenticationStatus.SEND_FAILURE;
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).trim(), response, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorised(
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
      String encoded, HttpServletResponse response, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorised(response, context, "The Authorization header is not valid Base64.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return unauthorised(
          response, context, "The Authorization header must hold username:password.");
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorised(
          response,
          context,
          "That username and password were not accepted, or the account is locked."
              + " Check them, or wait and try again if you have been locked out.");
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
      HttpServletResponse response, HttpMessageContext context, String message) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"DP Support API\", charset=\"UTF-8\"");
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(Json.errorObject(message));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
