package org.dpsupport.server.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dpsupport.server.application.SignInService;

/**
 * The sign-in form. Wrong password and unknown user get the same message, so neither is revealed.
 */
@Named("signIn")
@RequestScoped
public class SignInBean {

  @Inject SecurityContext securityContext;

  @Inject SignInService signInService;

  private String username;
  private String password;
  private boolean expired;
  private boolean signedOut;
  private String error;
  private String errorField;

  static final String NOT_ACCEPTED =
      "The email address or password is not right. Check them and try again. After too many"
          + " wrong passwords, signing in is paused for %d minutes.";

  public String signIn() throws IOException {
    if (username == null || username.isBlank()) {
      return fail("username", "Enter your email address");
    }
    if (password == null || password.isEmpty()) {
      return fail("password", "Enter your password");
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // Whoever was signed in before in this browser is signed out first.
    if (request.getUserPrincipal() != null) {
      try {
        request.logout();
      } catch (jakarta.servlet.ServletException e) {
        throw new IOException("Could not sign out the previous user", e);
      }
    }
    // A fresh session id on sign-in stops session fixation.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username.trim(), password)));
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(
          request.getContextPath() + next(external.getRequestParameterMap().get("next")));
      faces.responseComplete();
      return null;
    }
    // One message whether the password was wrong, the address unknown or the account locked, so
    // the form never tells anyone which addresses have an account.
    return fail("username", NOT_ACCEPTED.formatted(signInService.lockMinutes()));
  }

  private String fail(String field, String message) {
    errorField = field;
    error = message;
    password = null;
    return null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isExpired() {
    return expired;
  }

  public void setExpired(boolean expired) {
    this.expired = expired;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }

  public String getError() {
    return error;
  }

  public String getErrorField() {
    return errorField;
  }

  /**
   * Where to go after signing in: the page of this service that was asked for (a local path to a
   * page, never another site), or the start page.
   */
  static String next(String asked) {
    if (asked != null
        && asked.matches("/[A-Za-z0-9/_.-]+\\.xhtml(\\?[A-Za-z0-9=&%._~+-]*)?")
        && !asked.startsWith("//")
        && !asked.startsWith("/signin.xhtml")) {
      return asked;
    }
    return "/index.xhtml";
  }
}
