package org.dpsupport.server.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dpsupport.server.security.Caller;
import org.dpsupport.server.security.CsrfFilter;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  public record Me(
      String username,
      String displayName,
      List<String> roles,
      String startPage,
      String csrfToken) {}

  @Inject CurrentViewer current;

  @Context HttpServletRequest request;

  @GET
  @Operation(
      summary = "Who you are signed in as, your roles and the token for browser-session API calls")
  public Me me() {
    Caller user = current.user().orElseThrow();
    Role first = user.roles().iterator().next();
    return new Me(
        user.viewer().username(),
        user.displayName(),
        user.roles().stream().map(Role::name).sorted().toList(),
        first.startPage(),
        // only a browser session needs the token; an HTTP Basic call makes no session
        request.getSession(false) == null ? null : CsrfFilter.tokenFor(request.getSession(false)));
  }
}
