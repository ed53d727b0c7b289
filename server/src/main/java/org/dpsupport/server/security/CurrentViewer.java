package org.dpsupport.server.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;

/** The signed-in person for this request, looked up once. */
@RequestScoped
public class CurrentViewer {

  @Inject SecurityContext securityContext;

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  private Optional<UserAccountEntity> user;

  public Optional<UserAccountEntity> user() {
    if (user == null) {
      Principal principal = securityContext.getCallerPrincipal();
      user =
          principal == null
              ? Optional.empty()
              : em.createNamedQuery("UserAccount.byUsername", UserAccountEntity.class)
                  .setParameter("username", principal.getName())
                  .getResultStream()
                  .findFirst();
    }
    return user;
  }

  /** The viewer; only call where the container has already required a signed-in caller. */
  public Viewer viewer() {
    return user()
        .map(UserAccountEntity::asViewer)
        .orElseThrow(() -> new IllegalStateException("No one is signed in on this request"));
  }
}
