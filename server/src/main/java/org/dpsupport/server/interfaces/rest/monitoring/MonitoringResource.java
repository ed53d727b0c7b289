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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpsupport.monitoring.domain.model.account.PaymentSchedule;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.cases.CaseActionKind;
import org.dpsupport.monitoring.domain.model.cases.CaseOutcome;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.dpsupport.server.application.monitoring.AccountMonitoring;
import org.dpsupport.server.application.monitoring.CaseQueue;
import org.dpsupport.server.application.monitoring.CaseService;
import org.dpsupport.server.application.monitoring.MonitoringException;
import org.dpsupport.server.application.monitoring.MonitoringReports;
import org.dpsupport.server.application.monitoring.MonitoringViews;
import org.dpsupport.server.application.monitoring.ReturnOpening;
import org.dpsupport.server.application.monitoring.ReturnService;
import org.dpsupport.server.infrastructure.persistence.monitoring.CaseActionEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadKind;
import org.dpsupport.server.interfaces.rest.ApiError;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/monitoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

  public record Enrolment(
      String reference,
      String councilCode,
      String holderUsername,
      String recipientName,
      LocalDate startDate,
      Route route,
      BigDecimal annualBudget,
      BigDecimal instalment,
      PaymentSchedule schedule,
      Set<String> planCategories) {}

  public record Created(long id) {}

  public record FrequencyChange(ReturnFrequency frequency, String reason) {}

  public record ReviewRequest(String reason) {}

  public record Submission(Map<String, BigDecimal> spending, boolean declaration) {}

  public record Action(
      CaseActionKind kind,
      String reason,
      Long flagId,
      String category,
      BigDecimal amount,
      ReturnFrequency frequency,
      List<Long> flagIds,
      CaseOutcome outcome,
      String overSurplusReason) {}

  public record Answer(String response) {}

  public record UploadResult(long id, String fileName, String outcome, String message) {
    static UploadResult of(ReturnService.Uploaded u) {
      return new UploadResult(u.id(), u.fileName(), u.outcome(), u.message());
    }
  }

  public record ActionResult(long id, String kind, String status) {
    static ActionResult of(CaseActionEntity c) {
      return new ActionResult(c.getId(), c.getKind().name(), c.getStatus().name());
    }
  }

  public record SchedulerState(boolean running) {}

  public record DeadlinesRun(boolean finished) {}

  @Inject CurrentViewer current;

  @Inject AccountMonitoring accounts;

  @Inject ReturnService returns;

  @Inject CaseService cases;

  @Inject MonitoringViews views;

  @Inject CaseQueue caseQueue;

  @Inject MonitoringReports reports;

  @Inject ReturnOpening opening;

  @POST
  @Path("/accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start monitoring a new direct payment (officer of its council)")
  public Response enrol(Enrolment e) {
    if (e == null) {
      throw new MonitoringException(
          MonitoringException.Kind.BAD_INPUT, "Send the account's details as JSON.");
    }
    long id =
        accounts.enrol(
            current.viewer(),
            new AccountMonitoring.NewAccount(
                e.reference(),
                e.councilCode(),
                e.holderUsername(),
                e.recipientName(),
                e.startDate(),
                e.route(),
                e.annualBudget(),
                e.instalment(),
                e.schedule(),
                e.planCategories()));
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }

  @GET
  @Path("/accounts/{id}")
  @Operation(summary = "An account's terms, risk with its reasons, next return trigger and returns")
  public MonitoringViews.AccountView account(@PathParam("id") long id) {
    return views.account(current.viewer(), id);
  }

  @PUT
  @Path("/accounts/{id}/frequency")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "An officer sets how often the account makes returns, with a reason; the trigger moves")
  public MonitoringViews.AccountView changeFrequency(
      @PathParam("id") long id, FrequencyChange change) {
    accounts.override(current.viewer(), id, change.frequency(), change.reason());
    return views.account(current.viewer(), id);
  }

  @POST
  @Path("/accounts/{id}/review-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "An officer asks for a review, with a reason; the next review comes forward to the council's days")
  public MonitoringViews.AccountView requestReview(
      @PathParam("id") long id, ReviewRequest request) {
    accounts.requestReview(current.viewer(), id, request == null ? null : request.reason());
    return views.account(current.viewer(), id);
  }

  @POST
  @Path("/accounts/{id}/reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "An officer records that the review took place today, with what it found; the next is due within 12 months")
  public MonitoringViews.AccountView recordReview(@PathParam("id") long id, ReviewRequest review) {
    accounts.recordReview(current.viewer(), id, review == null ? null : review.reason());
    return views.account(current.viewer(), id);
  }

  @GET
  @Path("/returns")
  @Operation(summary = "The returns you may see, newest period first")
  public List<MonitoringViews.ReturnSummary> returns() {
    return views.returns(current.viewer());
  }

  @GET
  @Path("/returns/{id}")
  @Operation(summary = "A return with its uploads, flags, statement lines, actions and history")
  public MonitoringViews.ReturnDetail returnDetail(@PathParam("id") long id) {
    return views.detail(current.viewer(), id);
  }

  @POST
  @Path("/returns/{id}/uploads")
  @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Upload a statement, receipt or invoice PDF; it is kept, then read at once")
  @APIResponse(responseCode = "200", description = "The file was kept; the body says what we read")
  @APIResponse(
      responseCode = "413",
      description = "The file is over the upload limit (20 MB); nothing was kept",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public UploadResult upload(
      @PathParam("id") long id,
      @QueryParam("kind") String kind,
      @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Length") Long length,
      @RequestBody(
              description = "The PDF, as sent by your bank or supplier, at most 20 MB",
              content =
                  @Content(
                      mediaType = "application/pdf",
                      schema = @Schema(type = SchemaType.STRING, format = "binary")))
          InputStream body) {
    UploadKind k;
    try {
      k = UploadKind.valueOf(kind == null ? "STATEMENT" : kind.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new MonitoringException(
          MonitoringException.Kind.BAD_INPUT,
          "Say whether the file is a STATEMENT, a RECEIPT or an INVOICE.");
    }
    long limit = ReturnService.UPLOAD_LIMIT.maxBytes();
    if (length != null && length > limit) {
      // refused before a byte is read: nothing is buffered or kept
      throw MonitoringException.tooLarge(ReturnService.UPLOAD_LIMIT.sizeForPeople());
    }
    byte[] bytes = LimitedBody.read(body, limit, ReturnService.UPLOAD_LIMIT.sizeForPeople());
    return UploadResult.of(returns.upload(current.viewer(), id, k, fileName, bytes));
  }

  @GET
  @Path("/uploads/{id}/content")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "An uploaded file exactly as it was sent (the evidence behind a return)")
  public Response uploadContent(@PathParam("id") long id) {
    UploadEntity u =
        views
            .upload(current.viewer(), id)
            .orElseThrow(
                () ->
                    new MonitoringException(
                        MonitoringException.Kind.NOT_FOUND,
                        "There is no uploaded file " + id + "."));
    return Response.ok(u.getContent(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"upload-" + id + ".pdf\"")
        .build();
  }

  @POST
  @Path("/returns/{id}/submission")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Send the return: spending by category and the declaration; it is reconciled at once")
  public MonitoringViews.ReturnDetail submit(@PathParam("id") long id, Submission s) {
    returns.submit(
        current.viewer(), id, s.spending() == null ? Map.of() : s.spending(), s.declaration());
    return views.detail(current.viewer(), id);
  }

  @POST
  @Path("/returns/{id}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "An officer's action on a return, with the reason")
  public ActionResult act(@PathParam("id") long id, Action a) {
    return ActionResult.of(
        cases.act(
            current.viewer(),
            id,
            new CaseService.ActionRequest(
                a.kind(),
                a.reason(),
                a.flagIds() != null && !a.flagIds().isEmpty()
                    ? a.flagIds()
                    : a.flagId() == null ? List.of() : List.of(a.flagId()),
                a.category(),
                a.amount(),
                a.frequency(),
                a.outcome(),
                a.overSurplusReason())));
  }

  @POST
  @Path("/actions/{id}/response")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The budget holder answers an officer's question or proposal")
  public ActionResult respond(@PathParam("id") long id, Answer a) {
    return ActionResult.of(cases.respond(current.viewer(), id, a == null ? null : a.response()));
  }

  @GET
  @Path("/queue")
  @Operation(
      summary =
          "Flagged and overdue returns, most severe then oldest first (returns only: the"
              + " officer's whole case queue, card flags and payroll concerns included, is"
              + " /monitoring/cases)")
  public List<MonitoringViews.ReturnSummary> queue() {
    return views.queue(current.viewer());
  }

  @GET
  @Path("/cases")
  @Operation(
      summary =
          "The officer's case queue, as the queue page shows it: one row per account with open"
              + " return flags, open card flags or a payroll concern, with its priority and why,"
              + " filtered and 25 rows a page")
  @APIResponse(responseCode = "200", description = "One page of the queue")
  @APIResponse(
      responseCode = "403",
      description = "Only monitoring officers (their own council) and administrators")
  public CaseQueue.Page cases(
      @QueryParam("council") Long council,
      @QueryParam("state") String state,
      @QueryParam("flagKind") String flagKind,
      @QueryParam("officer") String officer,
      @QueryParam("q") String search,
      @QueryParam("page") Integer page) {
    Viewer viewer = current.viewer();
    if (!viewer.has(Role.MONITORING_OFFICER) && !viewer.has(Role.ADMIN)) {
      throw new RecordAccessDeniedException(
          "Only a monitoring officer or an administrator can see the case queue.");
    }
    return caseQueue.page(
        viewer,
        new CaseQueue.Filter(
            council, state, flagKind, officer, search, page == null ? 1 : Math.max(1, page)));
  }

  @GET
  @Path("/reports/summary")
  @Operation(
      summary =
          "Returns due, overdue, accepted automatically and flagged; flags by kind; surplus; spending by"
              + " category; reviews due")
  public MonitoringReports.Summary summary() {
    return reports.summary(current.viewer());
  }

  @GET
  @Path("/reports/returns.csv")
  @Produces("text/csv")
  @Operation(summary = "Every return you may see, as CSV")
  public Response csv() {
    return Response.ok(reports.returnsCsv(current.viewer()))
        .header("Content-Disposition", "attachment; filename=\"returns.csv\"")
        .build();
  }

  @GET
  @Path("/scheduler")
  @Operation(summary = "Administrator: whether this server's return scheduler is firing")
  public SchedulerState scheduler() {
    return new SchedulerState(opening.running(current.viewer()));
  }

  @POST
  @Path("/scheduler/stop")
  @Operation(
      summary =
          "Administrator: stop this server's return scheduler (triggers stay; due ones fire once on start)")
  public SchedulerState stop() {
    opening.stop(current.viewer());
    return new SchedulerState(opening.running());
  }

  @POST
  @Path("/scheduler/deadlines")
  @Operation(
      summary =
          "Administrator: run the daily deadlines job now (reminders, overdue flags) through Quartz;"
              + " 200 when it has finished, 202 when it is queued")
  public Response runDeadlines() {
    boolean finished = opening.applyDeadlinesNow(current.viewer());
    return Response.status(finished ? Response.Status.OK : Response.Status.ACCEPTED)
        .entity(new DeadlinesRun(finished))
        .build();
  }

  @POST
  @Path("/scheduler/start")
  @Operation(summary = "Administrator: start this server's return scheduler")
  public SchedulerState start() {
    opening.start(current.viewer());
    return new SchedulerState(opening.running());
  }
}
