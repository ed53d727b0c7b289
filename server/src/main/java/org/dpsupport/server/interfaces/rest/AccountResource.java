package org.dpsupport.server.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.server.application.AccountService;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  public record AccountSummary(
      long id, String reference, String recipientName, LocalDate startDate) {
    static AccountSummary of(DirectPaymentAccountEntity a) {
      return new AccountSummary(
          a.getId(), a.getReference(), a.getRecipientName(), a.getStartDate());
    }
  }

  @Inject AccountService accounts;

  @Inject CurrentViewer current;

  @GET
  @Operation(summary = "The direct-payment accounts you may see")
  public List<AccountSummary> list() {
    return accounts.visibleAccounts(current.viewer()).stream().map(AccountSummary::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One direct-payment account")
  @APIResponse(responseCode = "200", description = "The account")
  @APIResponse(
      responseCode = "403",
      description = "The account is not yours to see; the attempt is logged")
  @APIResponse(responseCode = "404", description = "There is no such account")
  public AccountSummary get(@PathParam("id") long id) {
    return accounts
        .account(current.viewer(), id)
        .map(AccountSummary::of)
        .orElseThrow(() -> new NotFoundException("There is no direct-payment account " + id + "."));
  }
}
