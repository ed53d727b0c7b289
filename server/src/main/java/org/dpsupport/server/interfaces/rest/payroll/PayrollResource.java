package org.dpsupport.server.interfaces.rest.payroll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dpsupport.payroll.domain.model.remittance.RemittanceKind;
import org.dpsupport.payroll.domain.model.remittance.RemittancePayment;
import org.dpsupport.server.application.payroll.AddressService;
import org.dpsupport.server.application.payroll.BureauRunService;
import org.dpsupport.server.application.payroll.EmployerService;
import org.dpsupport.server.application.payroll.FamilyLeaveService;
import org.dpsupport.server.application.payroll.PayRunService;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.application.payroll.PensionDutiesService;
import org.dpsupport.server.application.payroll.RemittanceService;
import org.dpsupport.server.application.payroll.TaxCodeService;
import org.dpsupport.server.application.payroll.TimesheetService;
import org.dpsupport.server.application.payroll.YearEndService;
import org.dpsupport.server.interfaces.rest.ApiError;
import org.dpsupport.server.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The payroll bureau over REST: employers, onboarding, timesheets, pay runs, payslips, files and
 * pay days.
 */
@Path("/payroll")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PayrollResource {

  public record AccountRef(long id, String reference, String recipientName) {}

  public record TimesheetRequest(
      long employmentId,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<TimesheetService.ShiftEntry> shifts,
      java.math.BigDecimal holidayHours) {}

  public record Approval(String reason) {}

  public record RunRequest(String month) {}

  public record LeavingRequest(LocalDate leavingDate, String reason) {}

  public record ReasonRequest(String reason) {}

  /**
   * HMRC's tax code notice for a PA: kind P6, P6B or P9, the code, dates (usedFrom optional), and
   * the previous pay and tax a P6 can carry (optional).
   */
  public record TaxCodeRequest(
      String kind,
      String taxCode,
      boolean week1Month1,
      LocalDate issuedOn,
      LocalDate usedFrom,
      java.math.BigDecimal previousPay,
      java.math.BigDecimal previousTax) {}

  /** A date for the employer's pension duties: the declaration made, or the re-enrolment date. */
  public record PensionDateRequest(LocalDate date) {}

  /** A PA's postponement of automatic enrolment: the notice date and the deferral date. */
  public record PostponementRequest(LocalDate noticeOn, LocalDate deferralDate) {}

  /** A PA leaving the pension: the date the scheme gives, and how the agency knows. */
  public record OptOutRequest(LocalDate leftOn, String reason) {}

  /** A PA's statutory family pay leave, as {@code FamilyLeaveService} takes it. */
  public record FamilyLeaveRequest(
      String type,
      LocalDate dueDate,
      LocalDate matchedOn,
      LocalDate eventDate,
      LocalDate payStart,
      Integer weeks,
      Integer weeksBeforeCurtailment,
      Boolean evidenceReceived,
      List<LocalDate> workDays,
      java.math.BigDecimal averageWeeklyEarnings) {}

  public record BureauRequest(String month, Integer partitions, Integer chunkSize) {}

  /**
   * A payment over: kind HMRC or PENSION, the day paid (2026-11-20), its reference, and a reason to
   * correct one.
   */
  public record PaymentRequest(String kind, String paidOn, String reference, String reason) {}

  @Inject CurrentViewer current;

  @Inject EmployerService employers;

  @Inject TimesheetService timesheets;

  @Inject PayRunService payRuns;

  @Inject BureauRunService bureau;

  @Inject RemittanceService remittances;

  @Inject YearEndService yearEnd;

  @Inject TaxCodeService taxCodes;

  @Inject PensionDutiesService pensionDuties;

  @Inject org.dpsupport.server.application.payroll.HolidayService holiday;

  @Inject Clock clock;

  @Inject AddressService addresses;

  @Inject FamilyLeaveService familyLeave;

  @PUT
  @Path("/employers/{accountId}/address")
  @Operation(
      summary =
          "Set the employer's address (agency staff), printed on P60s, P45s and invoices, e.g."
              + " {\"line1\":\"12 Elm Road\",\"town\":\"Dagenham\",\"postcode\":\"RM10 8AB\"}")
  public AddressService.Address employerAddress(
      @PathParam("accountId") long accountId,
      @RequestBody(
              content = @Content(mediaType = "application/json", schema = @Schema(ref = "Address")))
          AddressService.Address address) {
    return addresses.setEmployerAddress(current.viewer(), accountId, address);
  }

  @GET
  @Path("/agency")
  @Operation(
      summary = "Your agency as its invoices show it: name, address, VAT registration, fee account")
  public AddressService.Agency agency() {
    return addresses.agency(current.viewer());
  }

  @PUT
  @Path("/agency")
  @Operation(
      summary =
          "Set your agency's address, VAT registration (vatRegistered, vatNumber) and the account"
              + " its fee is paid into (sortCode, accountNumber), with a reason; audited")
  public AddressService.Agency updateAgency(
      @RequestBody(
              content =
                  @Content(mediaType = "application/json", schema = @Schema(ref = "AgencyUpdate")))
          AddressService.AgencyUpdate update) {
    return addresses.updateAgency(current.viewer(), update);
  }

  @GET
  @Path("/employers")
  @Operation(summary = "Employers you may see, with what needs action")
  public List<EmployerService.EmployerSummary> employers() {
    return employers.employers(current.viewer(), LocalDate.now(clock));
  }

  @POST
  @Path("/employers")
  @Operation(summary = "Put a budget holder's account on the payroll (agency staff)")
  public Response setUp(
      @RequestBody(
              content =
                  @Content(mediaType = "application/json", schema = @Schema(ref = "EmployerSetup")))
          EmployerService.EmployerSetup setup) {
    var e = employers.setUpEmployer(current.viewer(), setup);
    return Response.status(201)
        .entity(employers.employer(current.viewer(), e.getAccountId()))
        .build();
  }

  @GET
  @Path("/employers/awaiting-set-up")
  @Operation(summary = "Your agency's accounts not yet on the payroll")
  public List<AccountRef> awaitingSetUp() {
    return employers.awaitingSetUp(current.viewer()).stream()
        .map(a -> new AccountRef(a.getId(), a.getReference(), a.getRecipientName()))
        .toList();
  }

  @GET
  @Path("/employers/{accountId}")
  @Operation(summary = "One employer's payroll details")
  public EmployerService.EmployerView employer(@PathParam("accountId") long accountId) {
    return employers.employer(current.viewer(), accountId);
  }

  @GET
  @Path("/employers/{accountId}/employees")
  @Operation(summary = "The employer's PAs on the payroll")
  public List<EmployerService.Employee> employees(@PathParam("accountId") long accountId) {
    return employers.employees(current.viewer(), accountId);
  }

  @POST
  @Path("/employers/{accountId}/employees")
  @Operation(summary = "Onboard a PA from the starter checklist (agency staff)")
  public Response onboard(
      @PathParam("accountId") long accountId,
      @RequestBody(
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(ref = "StarterChecklist")))
          EmployerService.StarterChecklist checklist) {
    var e = employers.onboard(current.viewer(), accountId, checklist);
    return Response.status(201)
        .entity(
            employers.employees(current.viewer(), accountId).stream()
                .filter(x -> x.employmentId() == e.getEmploymentId())
                .findFirst()
                .orElseThrow())
        .build();
  }

  @GET
  @Path("/starters")
  @Operation(summary = "New starters whose checklist is still to complete (agency staff)")
  public List<EmployerService.Starter> starters() {
    return employers.starters(current.viewer());
  }

  @GET
  @Path("/employers/{accountId}/timesheets")
  @Operation(summary = "The employer's timesheets")
  public List<TimesheetService.TimesheetView> timesheetsOf(@PathParam("accountId") long accountId) {
    return timesheets.forEmployer(current.viewer(), accountId);
  }

  @POST
  @Path("/timesheets")
  @Operation(summary = "Enter a timesheet (PA, employer or agency)")
  public Response submit(TimesheetRequest t) {
    if (t == null) {
      throw new BadRequestException("Send the timesheet as JSON.");
    }
    return Response.status(201)
        .entity(
            timesheets.submit(
                current.viewer(),
                t.employmentId(),
                t.periodStart(),
                t.periodEnd(),
                t.shifts(),
                t.holidayHours()))
        .build();
  }

  @GET
  @Path("/timesheets/{id}")
  public TimesheetService.TimesheetView timesheet(@PathParam("id") long id) {
    return timesheets.timesheet(current.viewer(), id);
  }

  @POST
  @Path("/timesheets/{id}/approve")
  @Operation(summary = "Approve a timesheet (employer or nominee; agency staff with a reason)")
  public TimesheetService.TimesheetView approve(@PathParam("id") long id, Approval approval) {
    return timesheets.approve(current.viewer(), id, approval == null ? null : approval.reason());
  }

  @GET
  @Path("/employers/{accountId}/runs")
  public List<PayRunService.RunView> runs(@PathParam("accountId") long accountId) {
    return payRuns.runsOf(current.viewer(), accountId);
  }

  @POST
  @Path("/employers/{accountId}/runs")
  @Operation(
      summary =
          "Calculate (or recalculate) the employer's pay run for a month, e.g. {\"month\":\"2026-11\"}")
  public PayRunService.RunView calculate(
      @PathParam("accountId") long accountId, RunRequest request) {
    return payRuns.calculate(
        current.viewer(), accountId, month(request == null ? null : request.month()));
  }

  @GET
  @Path("/runs/{id}")
  public PayRunService.RunView run(@PathParam("id") long id) {
    return payRuns.run(current.viewer(), id);
  }

  @POST
  @Path("/runs/{id}/approve")
  public PayRunService.RunView approveRun(@PathParam("id") long id) {
    return payRuns.approve(current.viewer(), id);
  }

  @POST
  @Path("/runs/{id}/finalise")
  public PayRunService.RunView finalise(@PathParam("id") long id) {
    return payRuns.finalise(current.viewer(), id);
  }

  @POST
  @Path("/runs/{id}/payments")
  @Operation(
      summary =
          "Record that the run's PAYE and NI reached HMRC, or its pension contributions the scheme"
              + " (agency staff), e.g. {\"kind\":\"HMRC\",\"paidOn\":\"2026-11-20\",\"reference\":\"120PS00001015\"};"
              + " one payment covers the runs due by the same date (a quarter's for a quarterly employer); correcting"
              + " a recorded payment needs a \"reason\"")
  public RemittanceService.PaymentRecorded recordPayment(
      @PathParam("id") long id, PaymentRequest request) {
    if (request == null) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Send the payment as JSON, like"
              + " {\"kind\":\"HMRC\",\"paidOn\":\"2026-11-20\",\"reference\":\"120PS00001015\"}.");
    }
    return remittances.record(
        current.viewer(),
        id,
        new RemittancePayment(
            kind(request.kind()), paidOn(request.paidOn()), request.reference(), request.reason()));
  }

  @GET
  @Path("/runs/{id}/invoice")
  @Operation(summary = "What the run costs the direct-payment account, and the budget left")
  public PayRunService.Invoice invoice(@PathParam("id") long id) {
    return payRuns.invoice(current.viewer(), id);
  }

  @GET
  @Path("/runs/{id}/invoice.pdf")
  @Produces("application/pdf")
  @Operation(
      summary =
          "The run's invoice as an accessible PDF: the agency, the employer, each PA's pay and"
              + " costs, the fee and its VAT, the total and how it is paid")
  public Response invoicePdf(@PathParam("id") long id) {
    return download(
        payRuns.invoicePdf(current.viewer(), id), "invoice-run-" + id + ".pdf", "application/pdf");
  }

  @GET
  @Path("/runs/{id}/invoice.csv")
  @Produces("text/csv")
  @Operation(summary = "The run's invoice as CSV: a row per PA, then each item and the total")
  public Response invoiceCsv(@PathParam("id") long id) {
    return download(
        payRuns.invoiceCsv(current.viewer(), id), "invoice-run-" + id + ".csv", "text/csv");
  }

  @GET
  @Path("/runs/{id}/payslips")
  public List<PayRunService.PayslipView> payslipsOfRun(@PathParam("id") long id) {
    return payRuns.payslipsOfRun(current.viewer(), id);
  }

  @GET
  @Path("/runs/{id}/fps")
  @Produces(MediaType.APPLICATION_XML)
  @Operation(summary = "HMRC RTI Full Payment Submission")
  public Response fps(@PathParam("id") long id) {
    return download(
        payRuns.file(current.viewer(), id, "fps"),
        "fps-run-" + id + ".xml",
        MediaType.APPLICATION_XML);
  }

  @GET
  @Path("/runs/{id}/bacs")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(summary = "BACS Standard 18 payment file for net pay")
  public Response bacs(@PathParam("id") long id) {
    return download(
        payRuns.file(current.viewer(), id, "bacs"),
        "bacs-run-" + id + ".txt",
        MediaType.TEXT_PLAIN);
  }

  @GET
  @Path("/runs/{id}/pensions")
  @Produces("text/csv")
  @Operation(summary = "Pension contribution schedule")
  public Response pensions(@PathParam("id") long id) {
    return download(
        payRuns.file(current.viewer(), id, "pensions"), "pensions-run-" + id + ".csv", "text/csv");
  }

  @GET
  @Path("/employers/{accountId}/eps")
  @Produces(MediaType.APPLICATION_XML)
  @Operation(
      summary =
          "HMRC RTI Employer Payment Summary for the tax month of the given month's pay day (month=2026-11)")
  public Response eps(@PathParam("accountId") long accountId, @QueryParam("month") String month) {
    YearMonth m = month(month);
    return download(
        yearEnd.eps(current.viewer(), accountId, m),
        "eps-" + accountId + "-" + m + ".xml",
        MediaType.APPLICATION_XML);
  }

  @GET
  @Path("/p60s")
  @Operation(
      summary =
          "Your own P60s (PA): one for each job you had on 5 April, made when the tax year ended"
              + " and kept; the day it was made and where to download it")
  public List<YearEndService.P60Available> myP60s() {
    return yearEnd.myP60s(current.viewer());
  }

  @POST
  @Path("/employers/{accountId}/p60s")
  @Operation(
      summary =
          "Make the P60s of an ended tax year (year=2025-26) for the employer's PAs in post on 5"
              + " April (the employer's agency staff; the year-end job does it in April). Making"
              + " them again adds none; one whose figures a late run changed is made again")
  public YearEndService.P60sMade makeP60s(
      @PathParam("accountId") long accountId, @QueryParam("year") String year) {
    return yearEnd.makeP60s(current.viewer(), accountId, year);
  }

  @GET
  @Path("/holiday")
  @Operation(
      summary =
          "Your own paid holiday (PA): the balance left to take in each job, how it is earned and"
              + " each finalised pay run's hours worked, earned and taken")
  public List<org.dpsupport.server.application.payroll.HolidayService.HolidayView> myHoliday() {
    return holiday.mine(current.viewer());
  }

  @GET
  @Path("/employments/{id}/holiday")
  @Operation(summary = "A PA's paid holiday in one job (the PA, their employer or the agency)")
  public org.dpsupport.server.application.payroll.HolidayService.HolidayView holidayOf(
      @PathParam("id") long id) {
    return holiday.of(current.viewer(), id);
  }

  /** Taking a PA who left back on: the day they start again, their starter statement, why. */
  public record ReEmployRequest(LocalDate startDate, String starterDeclaration, String reason) {}

  @POST
  @Path("/employments/{id}/re-employ")
  @Operation(
      summary =
          "Take a PA who left back on with the same employer (agency staff, with a reason): a new"
              + " employment with a new payroll ID, starter details on the next FPS, the old"
              + " employment's pay and tax not carried")
  public Response reEmploy(@PathParam("id") long id, ReEmployRequest request) {
    var again =
        employers.reEmploy(
            current.viewer(),
            id,
            request == null ? null : request.startDate(),
            request == null ? null : request.starterDeclaration(),
            request == null ? null : request.reason());
    return Response.status(201)
        .entity(
            new ReEmployed(
                again.getEmploymentId(),
                again.getPayId(),
                request.startDate(),
                again.getTaxCode(),
                again.isWeek1Month1()))
        .build();
  }

  /** The new employment of a PA taken back on. */
  public record ReEmployed(
      long employmentId, String payId, LocalDate startDate, String taxCode, boolean week1Month1) {}

  /** The employer's choice of rolled-up holiday pay for one PA, and why. */
  public record RolledUpRequest(Boolean rolledUp, String reason) {}

  @PUT
  @Path("/employments/{id}/holiday/rolled-up")
  @Operation(
      summary =
          "Record the employer's choice of rolled-up holiday pay (12.07% on its own payslip line)"
              + " for an irregular-hours or part-year PA, or holiday paid when taken at the"
              + " 52-paid-week average (agency staff, with a reason; audited)")
  public org.dpsupport.server.application.payroll.HolidayService.HolidayView rolledUp(
      @PathParam("id") long id, RolledUpRequest request) {
    if (request == null || request.rolledUp() == null) {
      throw new org.dpsupport.server.application.payroll.PayrollProblem(
          org.dpsupport.server.application.payroll.PayrollProblem.Kind.BAD_INPUT,
          "Say whether the employer chose rolled-up holiday pay: rolledUp true or false.");
    }
    return holiday.chooseRolledUp(current.viewer(), id, request.rolledUp(), request.reason());
  }

  @PUT
  @Path("/employers/{id}/pension-declaration")
  @Operation(
      summary =
          "Record that the employer's declaration of compliance was made (agency staff), e.g."
              + " {\"date\":\"2027-02-03\"}: the pension duties then say when")
  public PensionDutiesService.DutiesView declarePension(
      @PathParam("id") long id, PensionDateRequest request) {
    return pensionDuties.declare(current.viewer(), id, request == null ? null : request.date());
  }

  @PUT
  @Path("/employers/{id}/re-enrolment-date")
  @Operation(
      summary =
          "Choose the employer's re-enrolment date in The Pensions Regulator's window (agency"
              + " staff), e.g. {\"date\":\"2029-10-05\"}: the pay run on or after it re-enrols")
  public PensionDutiesService.DutiesView reEnrolmentDate(
      @PathParam("id") long id, PensionDateRequest request) {
    return pensionDuties.chooseReEnrolmentDate(
        current.viewer(), id, request == null ? null : request.date());
  }

  @GET
  @Path("/employments/{id}/pension")
  @Operation(
      summary =
          "A PA's workplace pension: enrolment, postponement, opt-out and refund (the PA, their"
              + " employer or the agency)")
  public PensionDutiesService.PaPensionView pensionOf(@PathParam("id") long id) {
    return pensionDuties.pension(current.viewer(), id);
  }

  @PUT
  @Path("/employments/{id}/pension-postponement")
  @Operation(
      summary =
          "Postpone a PA's automatic enrolment by notice (agency staff), e.g."
              + " {\"noticeOn\":\"2026-10-10\",\"deferralDate\":\"2026-12-01\"}")
  public PensionDutiesService.PaPensionView postponePension(
      @PathParam("id") long id, PostponementRequest request) {
    return pensionDuties.postpone(
        current.viewer(),
        id,
        request == null ? null : request.noticeOn(),
        request == null ? null : request.deferralDate());
  }

  @POST
  @Path("/employments/{id}/pension-opt-out")
  @Operation(
      summary =
          "Record that a PA left the pension (agency staff), e.g."
              + " {\"leftOn\":\"2026-11-10\",\"reason\":\"Opt-out notice from the scheme\"}:"
              + " within a month of enrolment the next run refunds what was taken from pay")
  public PensionDutiesService.PaPensionView optOutOfPension(
      @PathParam("id") long id, OptOutRequest request) {
    return pensionDuties.optOut(
        current.viewer(),
        id,
        request == null ? null : request.leftOn(),
        request == null ? null : request.reason());
  }

  @GET
  @Path("/employments/{id}/tax-codes")
  @Operation(
      summary =
          "A PA's tax code today, the notices still to come and every code recorded (the PA, their"
              + " employer or the agency)")
  public TaxCodeService.TaxCodesView taxCodesOf(@PathParam("id") long id) {
    return taxCodes.of(current.viewer(), id);
  }

  @POST
  @Path("/employments/{id}/tax-codes")
  @Operation(
      summary =
          "Record HMRC's tax code notice for a PA (the employer's agency staff): kind P6, P6B or"
              + " P9, the code, week1Month1, issuedOn and, where the notice gives one, usedFrom;"
              + " e.g. {\"kind\":\"P6\",\"taxCode\":\"1257L\",\"issuedOn\":\"2026-11-20\"}."
              + " A P9 is used from 6 April; the pay run uses the notice in use on its pay day")
  public TaxCodeService.TaxCodesView recordTaxCode(
      @PathParam("id") long id, TaxCodeRequest request) {
    return taxCodes.record(
        current.viewer(),
        id,
        request == null
            ? null
            : new TaxCodeService.NoticeRequest(
                request.kind(),
                request.taxCode(),
                request.week1Month1(),
                request.issuedOn(),
                request.usedFrom(),
                request.previousPay(),
                request.previousTax()));
  }

  @POST
  @Path("/employers/{id}/tax-code-notices")
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "Apply the tax code notices file saved from HMRC's Data Provisioning Service (P6, P6B"
              + " and P9 notices, XML) to the employer's PAs, matched by NI number or works"
              + " number (the employer's agency staff); a malformed file, another employer's"
              + " notices or a PA not on the payroll refuse it whole, and nothing is stored")
  @APIResponse(responseCode = "200", description = "Applied; the body lists each notice")
  @APIResponse(
      responseCode = "400",
      description = "Not a notices file, a wrong notice, another employer's or an unknown PA",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public TaxCodeService.DpsImport importTaxCodeNotices(
      @PathParam("id") long id,
      @RequestBody(
              description = "The DPS notices file (XML), at most 5 MB",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_XML,
                      schema = @Schema(type = SchemaType.STRING, format = "binary")))
          java.io.InputStream body) {
    byte[] file =
        org.dpsupport.server.interfaces.rest.monitoring.LimitedBody.read(
            body, TaxCodeService.NOTICES_FILE_LIMIT, "5 MB");
    return taxCodes.importDps(current.viewer(), id, file);
  }

  @GET
  @Path("/employments/{id}/p60")
  @Produces("application/pdf")
  @Operation(summary = "The PA's P60 for an ended tax year (year=2025-26), as an accessible PDF")
  public Response p60(@PathParam("id") long id, @QueryParam("year") String year) {
    return download(
        yearEnd.p60(current.viewer(), id, year),
        "p60-" + id + "-" + year + ".pdf",
        "application/pdf");
  }

  @GET
  @Path("/employments/{id}/p45")
  @Produces("application/pdf")
  @Operation(summary = "The leaver's P45 (parts 1A, 2 and 3), as an accessible PDF")
  public Response p45(@PathParam("id") long id) {
    return download(yearEnd.p45(current.viewer(), id), "p45-" + id + ".pdf", "application/pdf");
  }

  /** Pay and tax to date from a starter's P45, with where the figures come from. */
  public record PreviousEmploymentRequest(
      String taxYear, java.math.BigDecimal pay, java.math.BigDecimal tax, String reason) {}

  @PUT
  @Path("/employments/{id}/previous-employment")
  @Operation(
      summary =
          "Record the pay and tax to date from the P45 a starter brought (agency staff, with a"
              + " reason), e.g. {\"taxYear\":\"2026-27\",\"pay\":\"4200.00\",\"tax\":\"310.40\","
              + "\"reason\":\"P45 from Care Co\"}: the P60's previous-employment row")
  public YearEndService.PreviousEmployment previousEmployment(
      @PathParam("id") long id, PreviousEmploymentRequest request) {
    if (request == null) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Send the P45 figures as JSON, like"
              + " {\"taxYear\":\"2026-27\",\"pay\":\"4200.00\",\"tax\":\"310.40\",\"reason\":\"P45 from"
              + " Care Co\"}.");
    }
    return yearEnd.setPreviousEmployment(
        current.viewer(), id, request.taxYear(), request.pay(), request.tax(), request.reason());
  }

  @POST
  @Path("/employments/{id}/family-leave")
  @Operation(
      summary =
          "Record a PA's statutory family pay (agency staff): type SMP, SPP, SAP, ShPP, SPBP or"
              + " SNCP, the due date, adoption match or date of death, when the pay starts, weeks,"
              + " evidence received, keeping in touch or SPLIT days. Average weekly earnings come from"
              + " the PA's payslips (give averageWeeklyEarnings only where they do not reach back)."
              + " The answer says whether the pay is due and, if not, why")
  public Response recordFamilyLeave(@PathParam("id") long id, FamilyLeaveRequest request) {
    FamilyLeaveService.LeaveRequest leave =
        request == null
            ? null
            : new FamilyLeaveService.LeaveRequest(
                request.type(),
                request.dueDate(),
                request.matchedOn(),
                request.eventDate(),
                request.payStart(),
                request.weeks(),
                request.weeksBeforeCurtailment(),
                request.evidenceReceived(),
                request.workDays(),
                request.averageWeeklyEarnings());
    return Response.status(201).entity(familyLeave.record(current.viewer(), id, leave)).build();
  }

  @POST
  @Path("/employments/{id}/family-leave/{leaveId}/withdraw")
  @Operation(
      summary =
          "Withdraw family leave recorded by mistake (agency staff, with a reason); refused once a"
              + " finalised payslip has paid it")
  public Response withdrawFamilyLeave(
      @PathParam("id") long id, @PathParam("leaveId") long leaveId, ReasonRequest request) {
    familyLeave.withdraw(current.viewer(), id, leaveId, request == null ? null : request.reason());
    return Response.noContent().build();
  }

  @GET
  @Path("/employments/{id}/family-leave")
  @Operation(summary = "A PA's recorded family leave, newest first, with what is due")
  public List<FamilyLeaveService.LeaveView> familyLeave(@PathParam("id") long id) {
    return familyLeave.leavesOf(current.viewer(), id);
  }

  @GET
  @Path("/employers/{id}/employments")
  @Operation(
      summary =
          "The employer's PAs (agency staff): leaving date, not-paid mark, holiday balance, the P45"
              + " link and the day the P45 was issued (when the final pay's run was finalised)")
  public List<YearEndService.EmploymentState> employments(@PathParam("id") long accountId) {
    return yearEnd.employmentStates(current.viewer(), accountId);
  }

  @POST
  @Path("/employments/{id}/leaving")
  @Operation(
      summary =
          "Set the PA's leaving date (agency staff, with a reason): the P45 is ready and the next FPS"
              + " carries the leaving date")
  public YearEndService.EmploymentState leaving(@PathParam("id") long id, LeavingRequest request) {
    return yearEnd.setLeavingDate(
        current.viewer(),
        id,
        request == null ? null : request.leavingDate(),
        request == null ? null : request.reason());
  }

  @POST
  @Path("/employments/{id}/not-paid")
  @Operation(
      summary =
          "Mark the PA as not being paid for a stated reason (agency staff): the FPS sets IrrEmp")
  public YearEndService.EmploymentState notPaid(@PathParam("id") long id, ReasonRequest request) {
    return yearEnd.markNotPaid(current.viewer(), id, request == null ? null : request.reason());
  }

  @POST
  @Path("/employments/{id}/not-paid/clear")
  @Operation(summary = "The PA is being paid again (agency staff)")
  public YearEndService.EmploymentState paidAgain(@PathParam("id") long id, ReasonRequest request) {
    return yearEnd.clearNotPaid(current.viewer(), id, request == null ? null : request.reason());
  }

  @GET
  @Path("/payslips")
  @Operation(summary = "Your own payslips (PA)")
  public List<PayRunService.PayslipView> myPayslips() {
    return payRuns.myPayslips(current.viewer());
  }

  @GET
  @Path("/payslips/{id}")
  public PayRunService.PayslipView payslip(@PathParam("id") long id) {
    return payRuns.payslip(current.viewer(), id);
  }

  @GET
  @Path("/payslips/{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The payslip as an accessible PDF")
  public Response payslipPdf(@PathParam("id") long id) {
    return download(
        payRuns.payslipPdf(current.viewer(), id), "payslip-" + id + ".pdf", "application/pdf");
  }

  @GET
  @Path("/bureau-runs")
  public List<BureauRunService.Progress> bureauRuns() {
    return bureau.runs(current.viewer());
  }

  @POST
  @Path("/bureau-runs")
  @Operation(
      summary =
          "Start the agency's pay day for a month as a batch job, e.g. {\"month\":\"2026-11\"}")
  public Response startBureauRun(BureauRequest request) {
    var p =
        bureau.start(
            current.viewer(),
            month(request == null ? null : request.month()),
            request == null || request.partitions() == null ? 2 : request.partitions(),
            request == null || request.chunkSize() == null ? 10 : request.chunkSize());
    return Response.status(202).entity(p).build();
  }

  @GET
  @Path("/bureau-runs/{id}")
  public BureauRunService.Progress bureauRun(@PathParam("id") long id) {
    return bureau.progress(current.viewer(), id);
  }

  @POST
  @Path("/bureau-runs/{id}/stop")
  public BureauRunService.Progress stop(@PathParam("id") long id) {
    return bureau.stop(current.viewer(), id);
  }

  @POST
  @Path("/bureau-runs/{id}/restart")
  public BureauRunService.Progress restart(@PathParam("id") long id) {
    return bureau.restart(current.viewer(), id);
  }

  /** A file to save: the body (text or PDF bytes) with its type and the name to save it under. */
  private static Response download(Object body, String filename, String type) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }

  private static RemittanceKind kind(String text) {
    try {
      return RemittanceKind.valueOf(
          text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Say what was paid: kind HMRC (PAYE and National"
              + " Insurance) or PENSION (pension contributions).");
    }
  }

  private static LocalDate paidOn(String text) {
    if (text == null || text.isBlank()) {
      return null; // the rules say what is missing
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT, "Give the date paid as year-month-day, like 2026-11-20.");
    }
  }

  private static YearMonth month(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new org.dpsupport.server.application.payroll.PayrollProblem(
          org.dpsupport.server.application.payroll.PayrollProblem.Kind.BAD_INPUT,
          "Give the month as year and month, like 2026-11.");
    }
  }
}
