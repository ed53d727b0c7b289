package org.dpsupport.server.interfaces.rest.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dpsupport.server.application.monitoring.LedgerFlagRecording;
import org.dpsupport.server.interfaces.rest.ApiError;
import org.dpsupport.server.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A managed account's ledger flags as the officer's queue counts them, and the officer closing the
 * case with a reason.
 */
@Path("/monitoring/accounts/{id}/ledger-flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerFlagResource {

  /** Why the officer closes the case. */
  public record Closing(String reason) {}

  /** How many open ledger flags the officer closed. */
  public record Closed(int closed) {}

  @Inject CurrentViewer current;

  @Inject LedgerFlagRecording ledgerFlags;

  @GET
  @Operation(
      summary =
          "The managed account's open ledger flags, as the case queue counts them (officer of the"
              + " account's council)")
  @APIResponse(responseCode = "200", description = "The open ledger flags, none when clear")
  @APIResponse(
      responseCode = "403",
      description = "Not an officer of the account's council",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public List<LedgerFlagRecording.OpenFlag> open(@PathParam("id") long id) {
    return ledgerFlags.openFlags(current.viewer(), id);
  }

  @POST
  @Path("/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Close the case: the open ledger flags leave the queue and stop driving the rating, with"
              + " the officer's reason (audited), until the ledger clears them and raises them"
              + " again")
  @APIResponse(responseCode = "200", description = "How many flags were closed")
  @APIResponse(
      responseCode = "400",
      description = "No reason",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an officer of the account's council",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description = "No open ledger flag",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public Closed close(@PathParam("id") long id, Closing closing) {
    return new Closed(
        ledgerFlags.close(current.viewer(), id, closing == null ? null : closing.reason()));
  }
}
