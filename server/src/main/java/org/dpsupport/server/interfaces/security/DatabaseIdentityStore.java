package org.dpsupport.server.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.dpsupport.server.application.SignInService;
import org.dpsupport.server.application.SignInService.Attempt;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;
import org.dpsupport.server.security.Role;

/** Users and their roles come from the database; groups are named after {@link Role}s. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @Inject SignInService signIn;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Attempt attempt = signIn.attempt(up.getCaller(), up.getPassword().getValue());
    if (attempt.outcome() != SignInService.Outcome.SIGNED_IN) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    UserAccountEntity user = attempt.user().orElseThrow();
    return new CredentialValidationResult(
        user.getUsername(), user.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
