package org.dpsupport.server.interfaces.rest.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.introduction.HireTerms;
import org.dpsupport.register.domain.model.introduction.NewEmployeeFromRegister;
import org.dpsupport.register.domain.model.privacy.ProfileErasure;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.server.application.register.IntroductionService;
import org.dpsupport.server.application.register.NeedService;
import org.dpsupport.server.application.register.PaProfileService;
import org.dpsupport.server.application.register.RegisterSearch;
import org.dpsupport.server.application.register.VettingService;
import org.dpsupport.server.application.register.VettingSweep;
import org.dpsupport.server.infrastructure.persistence.register.RegisterAccounts.StartedEmployment;
import org.dpsupport.server.interfaces.rest.ApiError;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.ContactView;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.EmploymentView;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.HireInput;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.IntroductionView;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.InvitationInput;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.MatchView;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.NeedInput;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.NeedView;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.ProfileInput;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.ProfileView;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.ReasonInput;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.SweepView;
import org.dpsupport.server.interfaces.rest.register.RegisterJson.VettingInput;
import org.dpsupport.server.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The PA matching register's API: PA profiles, vetting (register staff are ADMIN users), needs,
 * ranked matches with explanations, introductions with consent, contact exchange and hire.
 */
@Path("/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "PA register",
    description = "Vetted personal assistants matched to budget holders' needs")
public class RegisterResource {

  @Inject PaProfileService profiles;

  @Inject VettingService vetting;

  @Inject NeedService needs;

  @Inject IntroductionService introductions;

  @Inject RegisterSearch search;

  @Inject VettingSweep sweep;

  @Inject CurrentViewer current;

  @Inject java.time.Clock clock;

  private ProfileView view(PaProfile p) {
    return ProfileView.of(p, search.policy().assess(p, LocalDate.now(clock)));
  }

  // ---- joining and the PA's own profile ---------------------------------------------------

  /** The answer to joining, the same whether the address was new or already had an account. */
  public record Joined(String message) {}

  @POST
  @Path("/join")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A PA registers themselves (no sign-in needed): creates their sign-in and a profile sent"
              + " for checking. An address that already has an account gets the same answer, and"
              + " its owner an e-mail, so joining never reveals who has an account.")
  @APIResponse(
      responseCode = "202",
      description =
          "Received; a new PA can now sign in and GET /register/profile to follow the checks",
      content = @Content(schema = @Schema(implementation = Joined.class)))
  @APIResponse(
      responseCode = "400",
      description = "Something is missing or wrong; the message says what",
      content =
          @Content(
              mediaType = ApiError.MEDIA_TYPE,
              schema = @Schema(implementation = ApiError.class)))
  public Response join(ProfileInput input) {
    if (input == null || input.email() == null) {
      throw new InvalidDetailException("Please give your email address: it is your sign-in.");
    }
    profiles.registerPa(
        input.email(),
        input.password() == null ? null : input.password().toCharArray(),
        input.toDetails(),
        input.email());
    return Response.accepted(new Joined(PaProfileService.joinedMessage(input.email()))).build();
  }

  @GET
  @Path("/profile")
  @Operation(
      summary =
          "Your own PA profile, its vetting status and what you still need to provide or renew")
  @APIResponse(responseCode = "200", description = "Done; the body has the result")
  @APIResponse(responseCode = "404", description = "You have no profile yet")
  public ProfileView myProfile() {
    return profiles
        .myProfile(current.viewer())
        .map(s -> view(s.profile()))
        .orElseThrow(
            () ->
                new jakarta.ws.rs.NotFoundException(
                    "You do not have a profile on the PA register yet."));
  }

  @PUT
  @Path("/profile")
  @Operation(summary = "Change your profile: areas, availability, skills, rate, contact details")
  public ProfileView editMyProfile(ProfileInput input) {
    return view(profiles.editMyProfile(current.viewer(), input.toDetails()));
  }

  @POST
  @Path("/profile/submit")
  @Operation(summary = "Send your draft or rejected profile for checking")
  public ProfileView submit() {
    return view(profiles.submitMine(current.viewer()));
  }

  @POST
  @Path("/profile/hide")
  @Operation(summary = "Hide your profile from budget holders (it is kept)")
  public ProfileView hide() {
    return view(profiles.hideMine(current.viewer()));
  }

  @POST
  @Path("/profile/show")
  @Operation(summary = "Show your profile to budget holders again")
  public ProfileView show() {
    return view(profiles.showMine(current.viewer()));
  }

  @DELETE
  @Path("/profile")
  @Operation(
      summary = "Delete your profile: gone, apart from what the retention policy says must be kept")
  public ProfileErasureView delete() {
    ProfileErasure e = profiles.deleteMine(current.viewer());
    return new ProfileErasureView(
        e.paId().value(),
        e.erased(),
        e.kept().stream()
            .map(k -> k.record() + " (" + k.reason() + ") until " + k.deleteOn())
            .toList(),
        e.employmentRecordNote().orElse(null));
  }

  public record ProfileErasureView(
      String paRef, List<String> erased, List<String> kept, String employmentRecordNote) {}

  @GET
  @Path("/profile/notices")
  @Operation(
      summary = "Messages to you from the register, such as what to renew after a suspension")
  public List<RegisterJsonNotice> notices() {
    return profiles.myNotices(current.viewer()).stream()
        .map(n -> new RegisterJsonNotice(n.kind(), n.day(), n.message()))
        .toList();
  }

  public record RegisterJsonNotice(String kind, LocalDate day, String message) {}

  @GET
  @Path("/needs-for-me")
  @Operation(summary = "The open needs your approved profile matches, best first, with why")
  public List<MatchView> needsForMe() {
    return needs.needsForMe(current.viewer()).stream().map(MatchView::of).toList();
  }

  @POST
  @Path("/needs/{needRef}/interest")
  @Operation(summary = "As a PA, say you are interested in a need you match")
  @APIResponse(responseCode = "200", description = "Done; the body has the result")
  @APIResponse(responseCode = "403", description = "Your profile does not match this need")
  public IntroductionView expressInterest(@PathParam("needRef") String needRef) {
    var si = introductions.expressInterest(current.viewer(), needRef);
    return IntroductionView.of(si.id(), si.introduction());
  }

  @GET
  @Path("/introductions")
  @Operation(
      summary = "As a PA, your introductions: interest shown, invitations, agreements, hires")
  public List<IntroductionView> myIntroductions() {
    return introductions.myIntroductions(current.viewer()).stream()
        .map(i -> IntroductionView.of(i.id(), i.introduction()))
        .toList();
  }

  // ---- staff: registering and vetting -------------------------------------------------------

  @POST
  @Path("/pas")
  @Operation(summary = "Register staff register a PA (sent for checking)")
  public ProfileView staffRegisters(ProfileInput input) {
    return view(profiles.staffRegistersPa(current.viewer(), input.toDetails()).profile());
  }

  @GET
  @Path("/pas/{paRef}")
  @Operation(summary = "One PA profile with contact details: the PA themselves or register staff")
  @APIResponse(responseCode = "200", description = "Done; the body has the result")
  @APIResponse(responseCode = "403", description = "Not your profile")
  public ProfileView profile(@PathParam("paRef") String paRef) {
    return view(profiles.profile(current.viewer(), paRef).profile());
  }

  @GET
  @Path("/vetting-queue")
  @Operation(summary = "Register staff: profiles waiting for checks, suspended or rejected")
  public List<ProfileView> vettingQueue() {
    return vetting.vettingQueue(current.viewer()).stream().map(s -> view(s.profile())).toList();
  }

  @PUT
  @Path("/pas/{paRef}/vetting")
  @Operation(
      summary =
          "Register staff record vetting evidence (DBS, right to work, references, training, code of conduct)")
  public ProfileView recordVetting(@PathParam("paRef") String paRef, VettingInput in) {
    return view(vetting.recordVetting(current.viewer(), paRef, in::applyTo));
  }

  @POST
  @Path("/pas/{paRef}/approve")
  @Operation(summary = "Register staff approve a profile whose checks are all present and in date")
  @APIResponse(responseCode = "200", description = "Done; the body has the result")
  @APIResponse(
      responseCode = "409",
      description = "Something is missing or expired; the message lists it")
  public ProfileView approve(@PathParam("paRef") String paRef) {
    return view(vetting.approve(current.viewer(), paRef));
  }

  @POST
  @Path("/pas/{paRef}/reject")
  @Operation(summary = "Register staff turn a profile down, saying why (the PA is told)")
  public ProfileView reject(@PathParam("paRef") String paRef, ReasonInput in) {
    return view(vetting.reject(current.viewer(), paRef, in == null ? null : in.reason()));
  }

  @POST
  @Path("/pas/{paRef}/suspend")
  @Operation(
      summary =
          "Register staff suspend a profile (e.g. over a concern), saying why; the nightly sweep leaves it suspended")
  public ProfileView suspend(@PathParam("paRef") String paRef, ReasonInput in) {
    return view(vetting.suspend(current.viewer(), paRef, in == null ? null : in.reason()));
  }

  @POST
  @Path("/pas/{paRef}/reinstate")
  @Operation(
      summary =
          "Register staff lift their suspension: approved again, or suspended until expired checks are renewed")
  public ProfileView reinstate(@PathParam("paRef") String paRef) {
    return view(vetting.reinstate(current.viewer(), paRef));
  }

  @POST
  @Path("/vetting-sweep")
  @Operation(
      summary =
          "Register staff run the daily vetting sweep now (suspends expired profiles, reinstates renewed ones,"
              + " tells each PA what to renew) and rebuild this server's match index")
  public SweepView runSweep() {
    if (!current.viewer().has(org.dpsupport.server.security.Role.ADMIN)) {
      throw new org.dpsupport.server.security.RecordAccessDeniedException(
          "Only register staff can run the vetting sweep.");
    }
    var o = sweep.run(current.viewer().username());
    search.rebuild(); // also picks up profiles changed on other servers
    return new SweepView(o.day(), o.reviewed(), o.suspended(), o.reinstated());
  }

  // ---- budget holders: needs, matches, introductions, hire ----------------------------------

  @POST
  @Path("/accounts/{accountId}/needs")
  @Operation(summary = "Describe a need for one of your direct-payment accounts")
  @APIResponse(responseCode = "200", description = "Done; the body has the result")
  @APIResponse(responseCode = "403", description = "Not your account")
  public NeedView describeNeed(@PathParam("accountId") long accountId, NeedInput input) {
    var stored = needs.describeNeed(current.viewer(), accountId, input::applyTo);
    return NeedView.of(stored.need(), stored.accountId());
  }

  @GET
  @Path("/accounts/{accountId}/needs")
  @Operation(summary = "The needs described for one of your accounts")
  public List<NeedView> needs(@PathParam("accountId") long accountId) {
    return needs.needsOfAccount(current.viewer(), accountId).stream()
        .map(n -> NeedView.of(n.need(), n.accountId()))
        .toList();
  }

  @GET
  @Path("/needs/{needRef}")
  @Operation(summary = "One of your needs")
  @APIResponse(responseCode = "200", description = "Done; the body has the result")
  @APIResponse(responseCode = "403", description = "Another budget holder's need")
  public NeedView need(@PathParam("needRef") String needRef) {
    var n = needs.need(current.viewer(), needRef);
    return NeedView.of(n.need(), n.accountId());
  }

  @GET
  @Path("/needs/{needRef}/matches")
  @Operation(
      summary = "Approved PAs for your need, best first, each with the explanation of its score")
  @APIResponse(responseCode = "200", description = "Done; the body has the result")
  @APIResponse(responseCode = "403", description = "Another budget holder's need")
  public List<MatchView> matches(
      @PathParam("needRef") String needRef, @QueryParam("limit") @DefaultValue("20") int limit) {
    return needs.matches(current.viewer(), needRef, limit).stream().map(MatchView::of).toList();
  }

  @GET
  @Path("/needs/{needRef}/introductions")
  @Operation(summary = "The introductions for your need")
  public List<IntroductionView> introductions(@PathParam("needRef") String needRef) {
    return introductions.introductionsOfNeed(current.viewer(), needRef).stream()
        .map(i -> IntroductionView.of(i.id(), i.introduction()))
        .toList();
  }

  @POST
  @Path("/needs/{needRef}/invitations")
  @Operation(
      summary = "Invite a PA from your matches; they must agree before contact details are shared")
  public IntroductionView invite(@PathParam("needRef") String needRef, InvitationInput in) {
    var si = introductions.invite(current.viewer(), needRef, in == null ? null : in.paRef());
    return IntroductionView.of(si.id(), si.introduction());
  }

  @POST
  @Path("/introductions/{id}/agree")
  @Operation(
      summary =
          "Agree to an introduction the other side asked for; contact details are then shared")
  public IntroductionView agree(@PathParam("id") long id) {
    var si = introductions.agree(current.viewer(), id);
    return IntroductionView.of(si.id(), si.introduction());
  }

  @POST
  @Path("/introductions/{id}/decline")
  @Operation(summary = "Say no to an introduction")
  public IntroductionView decline(@PathParam("id") long id, ReasonInput in) {
    var si = introductions.decline(current.viewer(), id, in == null ? "" : in.reason());
    return IntroductionView.of(si.id(), si.introduction());
  }

  @GET
  @Path("/introductions/{id}/pa-contact")
  @Operation(summary = "The PA's contact details, once both sides agreed; every view is logged")
  @APIResponse(responseCode = "200", description = "Done; the body has the result")
  @APIResponse(
      responseCode = "403",
      description = "Not your introduction, or not agreed by both sides yet")
  public ContactView paContact(@PathParam("id") long id) {
    return ContactView.of(introductions.paContact(current.viewer(), id));
  }

  @GET
  @Path("/introductions/{id}/holder-contact")
  @Operation(
      summary =
          "The budget holder's contact details, for the PA, once both sides agreed; every view is logged")
  @APIResponse(responseCode = "200", description = "Done; the body has the result")
  @APIResponse(
      responseCode = "403",
      description = "Not your introduction, or not agreed by both sides yet")
  public ContactView holderContact(@PathParam("id") long id) {
    return ContactView.of(introductions.holderContact(current.viewer(), id));
  }

  @GET
  @Path("/introductions/{id}/contact-views")
  @Operation(summary = "How many times contact details were viewed under this introduction")
  public long contactViews(@PathParam("id") long id) {
    return introductions.contactViews(current.viewer(), id);
  }

  @POST
  @Path("/introductions/{id}/hire")
  @Operation(
      summary =
          "Hire the PA: creates the employment (a new starter for payroll) and takes the PA off the need")
  public EmploymentView hire(@PathParam("id") long id, HireInput in) {
    if (in == null || in.startDate() == null) {
      throw new InvalidDetailException("Please give the PA's first day of work.");
    }
    HireTerms terms =
        new HireTerms(
            in.startDate(),
            in.agreedRate() == null ? null : new HourlyRate(in.agreedRate()),
            RegisterJson.slots(in.slots()));
    StartedEmployment e = introductions.hire(current.viewer(), id, terms);
    return new EmploymentView(
        e.id(),
        e.accountId(),
        e.paUserId(),
        e.paName(),
        e.startDate(),
        NewEmployeeFromRegister.STARTER_CHECKLIST);
  }
}
