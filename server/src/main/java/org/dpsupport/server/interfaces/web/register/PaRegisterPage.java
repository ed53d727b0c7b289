package org.dpsupport.server.interfaces.web.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.WeeklySlots;
import org.dpsupport.register.domain.model.vetting.VettingAssessment;
import org.dpsupport.register.domain.service.Match;
import org.dpsupport.server.application.register.IntroductionService;
import org.dpsupport.server.application.register.NeedService;
import org.dpsupport.server.application.register.PaProfileService;
import org.dpsupport.server.application.register.ProfileDetails;
import org.dpsupport.server.application.register.RegisterSearch;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore;
import org.dpsupport.server.interfaces.rest.register.RegisterJson;
import org.dpsupport.server.security.CurrentViewer;

/**
 * The PA's register pages: their profile and availability grid, vetting status, matching needs and
 * introductions.
 */
@Named("paRegister")
@RequestScoped
public class PaRegisterPage {

  @Inject PaProfileService profiles;

  @Inject NeedService needs;

  @Inject IntroductionService introductions;

  @Inject RegisterSearch search;

  @Inject CurrentViewer current;

  @Inject Clock clock;

  private PaProfile profile;
  private boolean loaded;
  private String error;
  private String done;
  private ContactDetails shownContact;
  private long shownContactFor;

  public PaProfile getProfile() {
    if (!loaded) {
      profile =
          profiles
              .myProfile(current.viewer())
              .map(RegisterStore.StoredProfile::profile)
              .orElse(null);
      loaded = true;
    }
    return profile;
  }

  public VettingAssessment getAssessment() {
    return getProfile() == null ? null : search.policy().assess(getProfile(), LocalDate.now(clock));
  }

  public List<RegisterStore.Notice> getNotices() {
    return profiles.myNotices(current.viewer());
  }

  public List<RegisterForms.GridRow> getGrid() {
    return RegisterForms.grid(
        getProfile() == null ? WeeklySlots.none() : getProfile().availability());
  }

  public List<String> getParts() {
    return RegisterForms.parts();
  }

  public List<RegisterForms.Choice> getSkills() {
    return RegisterForms.skills(getProfile() == null ? Set.of() : getProfile().skills());
  }

  /** What was typed, when the profile form comes back with a problem; else what is stored. */
  private static String typed(String field) {
    return jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(field);
  }

  public String getAreasText() {
    if (typed("fullName") != null) {
      return RegisterForms.param("areas");
    }
    return getProfile() == null
        ? ""
        : String.join(" ", getProfile().areas().stream().map(a -> a.code()).toList());
  }

  public String getLanguagesText() {
    if (typed("fullName") != null) {
      return RegisterForms.param("languages");
    }
    return getProfile() == null
        ? ""
        : String.join(", ", getProfile().languages().stream().map(l -> l.name()).toList());
  }

  public List<Match> getNeeds() {
    return getProfile() == null ? List.of() : needs.needsForMe(current.viewer());
  }

  public List<IntroductionService.IntroductionView> getIntroductions() {
    return getProfile() == null ? List.of() : introductions.myIntroductions(current.viewer());
  }

  public String save() {
    return act(
        () -> {
          profiles.editMyProfile(current.viewer(), details());
          done = "Your profile is saved.";
        });
  }

  /** The form's fields as a PA's details; also used by the join page. */
  static ProfileDetails details() {
    String rate = RegisterForms.param("rate");
    BigDecimal rateSought;
    try {
      rateSought = rate.isEmpty() ? null : new BigDecimal(rate.replace("£", ""));
    } catch (NumberFormatException e) {
      throw new InvalidDetailException(
          "Please write the hourly rate in pounds, for example 13.50.");
    }
    String gender = RegisterForms.param("gender");
    return new RegisterJson.ProfileInput(
            RegisterForms.param("email"),
            null,
            RegisterForms.param("fullName"),
            RegisterForms.param("telephone"),
            RegisterForms.param("addressLine"),
            RegisterForms.param("town"),
            RegisterForms.param("postcode"),
            RegisterForms.date(RegisterForms.param("dateOfBirth"), "your date of birth"),
            RegisterForms.words(RegisterForms.param("areas")),
            "yes".equals(RegisterForms.param("hasCar")),
            RegisterForms.params("slot"),
            RegisterForms.params("skill"),
            List.of(RegisterForms.param("languages").split("\\s*,\\s*")).stream()
                .filter(s -> !s.isBlank())
                .toList(),
            gender.isEmpty() ? null : gender,
            rateSought,
            RegisterForms.param("about"))
        .toDetails();
  }

  public String submit() {
    return act(
        () -> {
          profiles.submitMine(current.viewer());
          done = "Your profile has been sent to register staff for checking.";
        });
  }

  public String hide() {
    return act(
        () -> {
          profiles.hideMine(current.viewer());
          done = "Your profile is hidden. Budget holders cannot find it until you show it again.";
        });
  }

  public String show() {
    return act(
        () -> {
          profiles.showMine(current.viewer());
          done =
              "Your profile can be found again (once it is approved and your checks are in date).";
        });
  }

  public String delete() {
    return act(
        () -> {
          var erasure = profiles.deleteMine(current.viewer());
          done =
              "Your profile is deleted. We keep only: "
                  + (erasure.kept().isEmpty()
                      ? "nothing"
                      : String.join(
                          "; ",
                          erasure.kept().stream()
                              .map(k -> k.record() + " until " + RegisterForms.format(k.deleteOn()))
                              .toList()))
                  + ".";
        });
  }

  public String interest(String needRef) {
    return act(
        () -> {
          introductions.expressInterest(current.viewer(), needRef);
          done =
              "We have told the budget holder you are interested. You will see their answer under your introductions.";
        });
  }

  public String agree(long introductionId) {
    return act(
        () -> {
          introductions.agree(current.viewer(), introductionId);
          done = "You have agreed. You can now see the budget holder's contact details.";
        });
  }

  public String decline(long introductionId) {
    return act(
        () -> {
          introductions.decline(current.viewer(), introductionId, "declined by the PA");
          done = "You have said no to this introduction.";
        });
  }

  public String showContact(long introductionId) {
    return act(
        () -> {
          shownContact = introductions.holderContact(current.viewer(), introductionId);
          shownContactFor = introductionId;
        });
  }

  private String act(Runnable action) {
    return RegisterForms.act(action, () -> loaded = false, problem -> error = problem);
  }

  /**
   * Where an introduction stands, from the PA's side: the shared words ("Invitation sent", "The PA
   * is interested") are the budget holder's.
   */
  public String stateWords(Object state) {
    return switch (String.valueOf(state)) {
      case "HOLDER_INTERESTED" -> "The budget holder invited you";
      case "PA_INTERESTED" -> "Waiting for the budget holder";
      default -> org.dpsupport.server.interfaces.web.PlainWords.status(state);
    };
  }

  public String date(LocalDate date) {
    return RegisterForms.format(date);
  }

  public String getError() {
    return error;
  }

  public String getDone() {
    return done;
  }

  public ContactDetails getShownContact() {
    return shownContact;
  }

  public long getShownContactFor() {
    return shownContactFor;
  }
}
