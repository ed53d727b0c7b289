package org.dpsupport.server.interfaces.rest.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.server.application.monitoring.ManagedAccountService;
import org.dpsupport.server.application.monitoring.MonitoringException;
import org.dpsupport.server.interfaces.rest.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An invoice agency's payments: its client account, what is to pay, and its payment files. */
@Path("/managed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ManagedPaymentsResource {

  /** The agency's client account. */
  public record ClientAccount(String accountName, String sortCode, String accountNumber) {}

  /** The day the providers are to be paid. */
  public record PayRequest(LocalDate payDay) {}

  @Inject org.dpsupport.server.security.CurrentViewer current;

  @Inject ManagedAccountService managed;

  @PUT
  @Path("/client-account")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the agency's client account that payment files debit (its staff)")
  @APIResponse(responseCode = "204", description = "Recorded")
  @APIResponse(
      responseCode = "400",
      description = "Bank details failing the modulus check, or no name",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an agency's staff",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public Response clientAccount(ClientAccount request) {
    if (request == null) {
      throw new MonitoringException(
          MonitoringException.Kind.BAD_INPUT,
          "Send the account name, sort code and account number as JSON.");
    }
    managed.recordClientAccount(
        current.viewer(), request.accountName(), request.sortCode(), request.accountNumber());
    return Response.noContent().build();
  }

  @GET
  @Path("/mine")
  @Operation(summary = "The managed accounts the signed-in person holds or is nominee of")
  public List<ManagedAccountService.HeldAccount> mine() {
    return managed.mine(current.viewer());
  }

  @GET
  @Path("/to-pay")
  @Operation(summary = "Each managed account: what it holds and what its approved invoices need")
  @APIResponse(responseCode = "200", description = "One row per managed account")
  @APIResponse(
      responseCode = "403",
      description = "Not an agency's staff",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public List<ManagedAccountService.ToPay> toPay() {
    return managed.toPay(current.viewer());
  }

  @POST
  @Path("/payment-files")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Pay the approved invoices of every managed account in one Bacs Standard 18 file, with"
              + " a remittance advice for each provider (the agency's staff)")
  @APIResponse(responseCode = "201", description = "Made: the file's summary")
  @APIResponse(
      responseCode = "400",
      description = "No pay day, or one too soon for Bacs",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an agency's staff",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Nothing to pay, no service user number or client account, or bank details failing",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public Response pay(PayRequest request) {
    ManagedAccountService.PaymentFileView file =
        managed.pay(current.viewer(), request == null ? null : request.payDay());
    return Response.status(Response.Status.CREATED).entity(file).build();
  }

  @GET
  @Path("/payment-files")
  @Operation(summary = "The agency's payment files, newest first")
  public List<ManagedAccountService.PaymentFileView> files() {
    return managed.paymentFiles(current.viewer());
  }

  @GET
  @Path("/payment-files/{fileId}")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(summary = "A payment file as sent to Bacs (Standard 18, CR LF lines)")
  @APIResponse(responseCode = "200", description = "The file")
  @APIResponse(
      responseCode = "404",
      description = "No such file of the agency",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public Response file(@PathParam("fileId") long fileId) {
    return Response.ok(managed.paymentFileContent(current.viewer(), fileId), MediaType.TEXT_PLAIN)
        .header(
            "Content-Disposition", "attachment; filename=\"managed-payments-" + fileId + ".txt\"")
        .build();
  }
}
