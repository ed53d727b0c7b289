package org.dpsupport.server.interfaces.rest.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.dpsupport.server.application.monitoring.CardService;
import org.dpsupport.server.application.monitoring.MonitoringException;
import org.dpsupport.server.application.monitoring.ReturnService;
import org.dpsupport.server.interfaces.rest.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A prepaid-card account's card, its imported card files and their transactions. */
@Path("/monitoring/accounts/{id}/card")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CardResource {

  /** The card an account is paid onto: the provider's export format and the card's id. */
  public record CardDetails(String provider, String cardId) {}

  /** Open card flags to close and why (the budget holder may read the reason). */
  public record CloseFlags(List<Long> flagIds, String reason) {}

  @Inject org.dpsupport.server.security.CurrentViewer current;

  @Inject CardService cards;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record the prepaid card a direct payment is paid onto (officer of its council)")
  public CardService.CardView record(@PathParam("id") long id, CardDetails details) {
    if (details == null) {
      throw new MonitoringException(
          MonitoringException.Kind.BAD_INPUT, "Send the card's provider and id as JSON.");
    }
    cards.recordCard(current.viewer(), id, details.provider(), details.cardId());
    return cards.card(current.viewer(), id);
  }

  @POST
  @Path("/flags/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Close open flags on the card's files with a reason (officer of its council); the card"
              + " afterwards")
  @APIResponse(responseCode = "200", description = "The flags are closed; the card as it is now")
  @APIResponse(
      responseCode = "400",
      description = "No flag chosen or no reason given",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description = "A chosen flag is not open on this card; nothing was changed",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public CardService.CardView closeFlags(@PathParam("id") long id, CloseFlags request) {
    if (request == null) {
      throw new MonitoringException(
          MonitoringException.Kind.BAD_INPUT,
          "Send the flags to close and the reason as JSON, for example"
              + " {\"flagIds\":[12],\"reason\":\"…\"}.");
    }
    return cards.closeFlags(current.viewer(), id, request.flagIds(), request.reason());
  }

  @GET
  @Operation(summary = "The card, its imported files, the latest file's spending and open flags")
  public CardService.CardView card(@PathParam("id") long id) {
    return cards.card(current.viewer(), id);
  }

  @POST
  @Path("/imports")
  @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "Import the card provider's CSV export: read, checked, reconciled and stored, or refused"
              + " whole (officer of the account's council)")
  @APIResponse(responseCode = "201", description = "Imported; the body says what was found")
  @APIResponse(
      responseCode = "400",
      description = "A malformed file, another card's rows, balances that do not chain",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description = "The file, or transactions of its dates, were imported already",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public Response importFile(
      @PathParam("id") long id,
      @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Length") Long length,
      @RequestBody(
              description = "The card provider's CSV export, at most 20 MB",
              content =
                  @Content(
                      mediaType = "text/csv",
                      schema = @Schema(type = SchemaType.STRING, format = "binary")))
          InputStream body) {
    long limit = ReturnService.UPLOAD_LIMIT.maxBytes();
    if (length != null && length > limit) {
      throw MonitoringException.tooLarge(ReturnService.UPLOAD_LIMIT.sizeForPeople());
    }
    byte[] bytes = LimitedBody.read(body, limit, ReturnService.UPLOAD_LIMIT.sizeForPeople());
    CardService.Imported imported = cards.importFile(current.viewer(), id, fileName, bytes);
    return Response.status(Response.Status.CREATED).entity(imported).build();
  }

  @GET
  @Path("/imports/{importId}/transactions")
  @Operation(
      summary = "An imported card file's transactions as stored, oldest first (1,000 at most)")
  public List<CardService.TransactionLine> transactions(
      @PathParam("id") long id,
      @PathParam("importId") long importId,
      @QueryParam("from") @DefaultValue("1") int from,
      @QueryParam("max") @DefaultValue("1000") int max) {
    return cards.transactions(current.viewer(), id, importId, from, max);
  }
}
