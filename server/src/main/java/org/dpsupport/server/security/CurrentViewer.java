package org.dpsupport.server.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The signed-in person for this request, looked up once. */
@RequestScoped
public class CurrentViewer {

  @Inject SecurityContext securityContext;

  @Inject Callers callers;

  private Optional<Caller> user;

  /** The signed-in person, or empty if no one is signed in on this request. */
  public Optional<Caller> user() {
    if (user == null) {
      Principal principal = securityContext.getCallerPrincipal();
      user = principal == null ? Optional.empty() : callers.caller(principal.getName());
    }
    return user;
  }

  /** The viewer; only call where the container has already required a signed-in caller. */
  public Viewer viewer() {
    return user()
        .map(Caller::viewer)
        .orElseThrow(() -> new IllegalStateException("No one is signed in on this request"));
  }
}
