package org.dpsupport.server.interfaces.rest.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dpsupport.server.application.monitoring.ManagedAccountService;
import org.dpsupport.server.application.monitoring.MonitoringException;
import org.dpsupport.server.application.monitoring.ReturnService;
import org.dpsupport.server.interfaces.rest.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A managed (invoice agency) account: the agency's care providers, their invoices and credit notes,
 * the person's approvals and disputes, the ledger, and the remittance advices.
 */
@Path("/monitoring/accounts/{id}/managed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ManagedResource {

  /** The officer's record that an agency manages the account. */
  public record Managing(Boolean approvalRequired, LocalDate startedOn) {}

  /** Why an invoice is disputed. */
  public record Dispute(String reason) {}

  /** A council payment in (COUNCIL_PAYMENT) or wages paid out (WAGES_PAID). */
  public record LedgerEntry(String kind, LocalDate date, BigDecimal amount, String description) {}

  @Inject org.dpsupport.server.security.CurrentViewer current;

  @Inject ManagedAccountService managed;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record that the account's agency manages the money, and whether the person approves"
              + " each invoice (officer of the account's council)")
  @APIResponse(responseCode = "200", description = "The managed account")
  @APIResponse(
      responseCode = "400",
      description = "No start day",
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
      description = "No agency looks after the account",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public ManagedAccountService.ManagedView manage(@PathParam("id") long id, Managing request) {
    if (request == null) {
      throw new MonitoringException(
          MonitoringException.Kind.BAD_INPUT,
          "Send whether the person approves invoices and the start day as JSON, for example"
              + " {\"approvalRequired\":true,\"startedOn\":\"2026-10-01\"}.");
    }
    return managed.manage(
        current.viewer(),
        id,
        !Boolean.FALSE.equals(request.approvalRequired()),
        request.startedOn());
  }

  @GET
  @Operation(
      summary =
          "The managed account: providers (bank details for the managing agency only), invoices,"
              + " the ledger with its balance, surplus and flags, and the remittance advices")
  @APIResponse(responseCode = "200", description = "The managed account")
  @APIResponse(
      responseCode = "403",
      description = "Not the person's, their council's or their agency's account",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such account, or not managed by an invoice agency",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public ManagedAccountService.ManagedView view(@PathParam("id") long id) {
    return managed.view(current.viewer(), id);
  }

  @POST
  @Path("/providers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record a care provider with its bank details (modulus checked) and the plan's contract"
              + " rate and hours a week (managing agency's staff)")
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(
      responseCode = "400",
      description = "Missing details, bank details failing the modulus check, no rate or hours",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not the managing agency's staff",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such account, or not managed",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public Response addProvider(
      @PathParam("id") long id,
      @RequestBody(
              content =
                  @Content(mediaType = "application/json", schema = @Schema(ref = "NewProvider")))
          ManagedAccountService.NewProvider provider) {
    return Response.status(Response.Status.CREATED)
        .entity(managed.addProvider(current.viewer(), id, provider))
        .build();
  }

  @POST
  @Path("/invoices")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record a provider's invoice or credit note, typed; checked against the plan's rate and"
              + " hours, its period and earlier invoices (managing agency's staff)")
  @APIResponse(responseCode = "201", description = "Recorded; waiting for approval or to be paid")
  @APIResponse(
      responseCode = "400",
      description = "Over the contract rate or the plan's hours, a wrong total or period",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not the managing agency's staff",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such provider for this person",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description = "A duplicate: the same invoice number, or the same amount and period again",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public Response submit(
      @PathParam("id") long id,
      @RequestBody(
              content =
                  @Content(mediaType = "application/json", schema = @Schema(ref = "NewInvoice")))
          ManagedAccountService.NewInvoice invoice) {
    return Response.status(Response.Status.CREATED)
        .entity(managed.submitInvoice(current.viewer(), id, invoice))
        .build();
  }

  @POST
  @Path("/invoices/pdf")
  @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "Record a provider's invoice sent as a PDF: its total is read from the PDF where the"
              + " reader can, the rest given as query parameters (managing agency's staff)")
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(
      responseCode = "400",
      description =
          "A total the PDF contradicts or cannot give, or a check against the plan failed",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description = "A duplicate invoice",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public Response submitPdf(
      @PathParam("id") long id,
      @QueryParam("providerId") String providerId,
      @QueryParam("number") String number,
      @QueryParam("periodStart") String periodStart,
      @QueryParam("periodEnd") String periodEnd,
      @QueryParam("hours") String hours,
      @QueryParam("rate") String rate,
      @QueryParam("amount") String amount,
      @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Length") Long length,
      @RequestBody(
              description = "The invoice as a PDF, at most 20 MB",
              content =
                  @Content(
                      mediaType = "application/pdf",
                      schema = @Schema(type = SchemaType.STRING, format = "binary")))
          InputStream body) {
    long limit = ReturnService.UPLOAD_LIMIT.maxBytes();
    if (length != null && length > limit) {
      throw MonitoringException.tooLarge(ReturnService.UPLOAD_LIMIT.sizeForPeople());
    }
    byte[] bytes = LimitedBody.read(body, limit, ReturnService.UPLOAD_LIMIT.sizeForPeople());
    ManagedAccountService.NewInvoice typed =
        new ManagedAccountService.NewInvoice(
            providerId(providerId),
            "INVOICE",
            number,
            day(periodStart, "first day of care"),
            day(periodEnd, "last day of care"),
            number(hours, "number of hours"),
            number(rate, "hourly rate"),
            number(amount, "invoice total"),
            null);
    return Response.status(Response.Status.CREATED)
        .entity(managed.submitInvoicePdf(current.viewer(), id, typed, fileName, bytes))
        .build();
  }

  @POST
  @Path("/invoices/{invoiceId}/approve")
  @Operation(
      summary =
          "Approve an invoice waiting for approval or disputed (the person or their nominee where"
              + " the council requires it, else the managing agency)")
  @APIResponse(responseCode = "200", description = "Approved: it is paid in the next payment file")
  @APIResponse(
      responseCode = "403",
      description = "Not the person who approves",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such invoice for this person",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description = "Not waiting for approval",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public ManagedAccountService.InvoiceView approve(
      @PathParam("id") long id, @PathParam("invoiceId") long invoiceId) {
    return managed.approve(current.viewer(), id, invoiceId);
  }

  @POST
  @Path("/invoices/{invoiceId}/dispute")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Dispute an invoice not yet paid in full, with why (person, nominee or agency)")
  @APIResponse(responseCode = "200", description = "Disputed: not paid until approved again")
  @APIResponse(
      responseCode = "400",
      description = "No reason",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not the person, nominee or managing agency",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description = "Paid already or disputed already",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public ManagedAccountService.InvoiceView dispute(
      @PathParam("id") long id, @PathParam("invoiceId") long invoiceId, Dispute request) {
    return managed.dispute(
        current.viewer(), id, invoiceId, request == null ? null : request.reason());
  }

  @POST
  @Path("/ledger")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record a council payment in (COUNCIL_PAYMENT) or wages paid out (WAGES_PAID) on the"
              + " ledger (managing agency's staff)")
  @APIResponse(responseCode = "200", description = "The managed account with the entry")
  @APIResponse(
      responseCode = "400",
      description = "Unknown kind, no amount, a day in the future",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not the managing agency's staff",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public ManagedAccountService.ManagedView ledger(@PathParam("id") long id, LedgerEntry entry) {
    if (entry == null) {
      throw new MonitoringException(
          MonitoringException.Kind.BAD_INPUT, "Send the kind, day and amount as JSON.");
    }
    return managed.recordEntry(
        current.viewer(), id, entry.kind(), entry.date(), entry.amount(), entry.description());
  }

  @GET
  @Path("/remittances/{remittanceId}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "A remittance advice as a tagged PDF (managing agency or the person)")
  @APIResponse(responseCode = "200", description = "The PDF")
  @APIResponse(
      responseCode = "403",
      description = "Not the managing agency or the person",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such remittance for this person",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public Response remittance(
      @PathParam("id") long id, @PathParam("remittanceId") long remittanceId) {
    return Response.ok(managed.remittancePdf(current.viewer(), id, remittanceId), "application/pdf")
        .header(
            "Content-Disposition", "attachment; filename=\"remittance-" + remittanceId + ".pdf\"")
        .build();
  }

  static LocalDate day(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new MonitoringException(
          MonitoringException.Kind.BAD_INPUT,
          "The " + what + " is not a date. Write it as year-month-day, for example 2026-11-30.");
    }
  }

  /**
   * A number given in the query, or null if none: a query parameter JAX-RS could not convert would
   * answer 404, so it is read as text and refused with a 400 that says what to write.
   */
  static BigDecimal number(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new MonitoringException(
          MonitoringException.Kind.BAD_INPUT,
          "The " + what + " is not a number. Write it in figures, for example 12.50.");
    }
  }

  /**
   * The provider's id given in the query, or null if none; anything but a whole number is a 400.
   */
  static Long providerId(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new MonitoringException(
          MonitoringException.Kind.BAD_INPUT,
          "The provider is not one we know. Give the provider's number from the account's list of"
              + " providers.");
    }
  }
}
