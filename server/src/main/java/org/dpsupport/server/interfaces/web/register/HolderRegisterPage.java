package org.dpsupport.server.interfaces.web.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.introduction.HireTerms;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.WeeklySlots;
import org.dpsupport.register.domain.service.Match;
import org.dpsupport.server.application.register.IntroductionService;
import org.dpsupport.server.application.register.NeedService;
import org.dpsupport.server.infrastructure.persistence.register.RegisterAccounts.HolderAccount;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.PaAtWork;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredIntroduction;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredNeed;
import org.dpsupport.server.interfaces.rest.register.RegisterJson;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.FormInput;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * The budget holder's register pages: describe a need, see ranked matches with explanations, agree
 * to introductions, see the PA's contact details (logged) and hire.
 */
@Named("holderRegister")
@RequestScoped
public class HolderRegisterPage {

  @Inject NeedService needs;

  @Inject IntroductionService introductions;

  @Inject CurrentViewer current;

  private String error;
  private String done;
  private StoredNeed need;
  private List<Match> matches;
  private List<PaAtWork> workingForYou;
  private ContactDetails shownContact;
  private long shownContactFor;

  public List<HolderAccount> getAccounts() {
    return needs.holderAccounts(current.viewer());
  }

  public List<StoredNeed> needsOf(long accountId) {
    return needs.needsOfAccount(current.viewer(), accountId);
  }

  public List<RegisterForms.GridRow> getGrid() {
    return RegisterForms.grid(WeeklySlots.none());
  }

  public List<String> getParts() {
    return RegisterForms.parts();
  }

  public List<RegisterForms.Choice> getSkills() {
    return RegisterForms.skills(Set.of());
  }

  /** Saves the need and opens its matches, which is what the holder asked for. */
  public String describe() {
    String[] saved = new String[1];
    String outcome =
        act(
            () -> {
              long account = Long.parseLong(RegisterForms.param("account"));
              String rate = RegisterForms.param("maximumRate");
              RegisterJson.NeedInput input =
                  new RegisterJson.NeedInput(
                      RegisterForms.param("area"),
                      RegisterForms.params("slot"),
                      RegisterForms.params("required"),
                      RegisterForms.params("preferred"),
                      RegisterForms.param("gender"),
                      "PREFERRED",
                      List.of(),
                      RegisterForms.words(RegisterForms.param("languages")),
                      RegisterForms.param("car"),
                      rate.isEmpty() ? null : money(rate));
              StoredNeed stored = needs.describeNeed(current.viewer(), account, input::applyTo);
              saved[0] = stored.need().id().value();
            });
    return saved[0] == null
        ? outcome
        : "/holder/register-need.xhtml?faces-redirect=true&need=" + saved[0];
  }

  /** The need named by the "need" request parameter (query string or the form's hidden field). */
  public StoredNeed getNeed() {
    if (need == null && !RegisterForms.param("need").isEmpty()) {
      try {
        need = needs.need(current.viewer(), RegisterForms.param("need"));
      } catch (RecordAccessDeniedException e) {
        RegisterForms.refuse(e);
      }
    }
    return need;
  }

  public List<Match> getMatches() {
    if (matches == null) {
      matches =
          getNeed() == null
              ? List.of()
              : needs.matches(current.viewer(), getNeed().need().id().value(), 20);
    }
    return matches;
  }

  /**
   * The register PAs who already work for this holder: not offered as matches, so the page says why
   * they are missing.
   */
  public List<PaAtWork> getWorkingForYou() {
    if (workingForYou == null) {
      workingForYou =
          getNeed() == null
              ? List.of()
              : needs.pasWorkingFor(current.viewer(), getNeed().need().id().value());
    }
    return workingForYou;
  }

  /** "Priya Shah", "Priya Shah and Tom Baker", "A, B and C". */
  public String workingForYouNames() {
    List<String> names = getWorkingForYou().stream().map(PaAtWork::name).distinct().toList();
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  public List<StoredIntroduction> getIntroductions() {
    return getNeed() == null
        ? List.of()
        : introductions.introductionsOfNeed(current.viewer(), getNeed().need().id().value());
  }

  public String invite(String paRef) {
    return act(
        () -> {
          introductions.invite(current.viewer(), RegisterForms.param("need"), paRef);
          done =
              "We have asked the PA. If they agree, you will both see each other's contact details.";
        });
  }

  public String agree(long introductionId) {
    return act(
        () -> {
          introductions.agree(current.viewer(), introductionId);
          done = "You have agreed. You can now see the PA's contact details and arrange to meet.";
        });
  }

  public String decline(long introductionId) {
    return act(
        () -> {
          introductions.decline(current.viewer(), introductionId, "declined by the budget holder");
          done = "You have said no to this PA.";
        });
  }

  public String showContact(long introductionId) {
    return act(
        () -> {
          shownContact = introductions.paContact(current.viewer(), introductionId);
          shownContactFor = introductionId;
        });
  }

  /**
   * Hires the PA on the terms typed: every mistake is shown at once at its field (GOV.UK error
   * pattern), what was typed is kept, and nothing is stored until all of it is right.
   */
  public String hire(long introductionId) {
    var read =
        FormInput.date(
            RegisterForms.param(field("start-day-", introductionId)),
            RegisterForms.param(field("start-month-", introductionId)),
            RegisterForms.param(field("start-year-", introductionId)),
            "the PA's first day of work");
    if (!read.ok()) {
      FormErrors.add(field("start-day-", introductionId), read.error());
    }
    var rate =
        FormInput.pounds(
            RegisterForms.param(field("rate-", introductionId)),
            "the hourly rate you agreed with the PA",
            null);
    if (!rate.ok()) {
      FormErrors.add(field("rate-", introductionId), rate.error());
    }
    List<String> slotNames = RegisterForms.params(field("slots-", introductionId));
    if (slotNames.isEmpty()) {
      FormErrors.add(
          field("slots-", introductionId), "Choose the times of the week the PA will work for you");
    }
    if (FormErrors.any()) {
      return null;
    }
    return act(
        () -> {
          LocalDate start = read.value();
          WeeklySlots slots = RegisterJson.slots(slotNames);
          var employment =
              introductions.hire(
                  current.viewer(),
                  introductionId,
                  new HireTerms(start, new HourlyRate(rate.value()), slots));
          done =
              employment.paName()
                  + " starts on "
                  + RegisterForms.format(start)
                  + ". Payroll has them as a new starter:"
                  + " the starter checklist, National Insurance number and bank details are still to collect.";
        });
  }

  /** A hire form field's name for one introduction: "start-day-" and 42 give "start-day-42". */
  public String field(String prefix, long introductionId) {
    return prefix + introductionId;
  }

  /** The date input's hint, and its error message while it has one. */
  public String startDescribedBy(long introductionId) {
    String field = field("start-day-", introductionId);
    return "start-hint-"
        + introductionId
        + (jakarta.faces.context.FacesContext.getCurrentInstance().getMessageList(field).isEmpty()
            ? ""
            : " " + field + "-error");
  }

  /** What was typed in a hire form field, to show it again with the errors. */
  public String typed(String prefix, long introductionId) {
    return RegisterForms.param(field(prefix, introductionId));
  }

  /** Whether a slot stays ticked: all the PA can cover at first, then what was sent. */
  public boolean slotTicked(long introductionId, String slot) {
    List<String> sent = RegisterForms.params(field("slots-", introductionId));
    return !FormErrors.any() || sent.contains(slot);
  }

  /** The slots the PA can cover for the need, to offer as the hire's slots. */
  public List<String> coverable(StoredIntroduction intro) {
    return getMatches().stream()
        .filter(m -> m.paId().equals(intro.introduction().paId()))
        .findFirst()
        .map(m -> RegisterJson.slotNames(m.slotsCovered()))
        .orElse(RegisterJson.slotNames(getNeed().need().hours()));
  }

  private static BigDecimal money(String text) {
    var read = FormInput.pounds(text, "the hourly rate", null);
    if (!read.ok()) {
      throw new InvalidDetailException(read.error());
    }
    return read.value();
  }

  private String act(Runnable action) {
    return RegisterForms.act(
        action,
        () -> {
          need = null;
          matches = null;
          workingForYou = null;
        },
        problem -> {
          error = problem;
          FormErrors.add(null, problem);
        });
  }

  /** Before the page renders: a record that is not the viewer's is refused with the 403 page. */
  public void load() throws java.io.IOException {
    if (RegisterForms.param("need").isEmpty()) {
      // no need named: the list of needs is where one is chosen
      var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/holder/register-needs.xhtml");
      jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    getNeed();
  }

  /** The PA's name for an introduction (from the matches), or words that do not identify them. */
  public String paName(StoredIntroduction intro) {
    return getMatches().stream()
        .filter(m -> m.paId().equals(intro.introduction().paId()))
        .map(m -> m.pa().displayName())
        .findFirst()
        .or(
            () ->
                getWorkingForYou().stream() // once hired, the PA is no longer a match
                    .filter(w -> w.paId().equals(intro.introduction().paId()))
                    .map(PaAtWork::name)
                    .findFirst())
        .orElse("A personal assistant");
  }

  /**
   * Where and how often, in words: "in RM14, 2 times a week", "in RM14, once a week"; just "in
   * RM14" once every time wanted is filled.
   */
  public String whereAndHowOften(org.dpsupport.register.domain.model.need.Need n) {
    int times = n.hours().size();
    String where = "in " + n.area().code();
    return times == 0
        ? where
        : where + ", " + (times == 1 ? "once a week" : times + " times a week");
  }

  /** A need's status in words: "Looking for a PA", "Filled". */
  public String needStatus(Object status) {
    return "OPEN".equals(String.valueOf(status))
        ? "Looking for a PA"
        : org.dpsupport.server.interfaces.web.PlainWords.status(status);
  }

  /** Why a PA matches, without the scoring points ("works in your area (RM10)"). */
  public String explain(Match m) {
    return m.explanationText().replaceAll(" \\([+-]?\\d+\\)", "");
  }

  /** "MONDAY:MORNING" as "Monday morning". */
  public String slotWords(String slot) {
    return org.dpsupport.server.interfaces.web.PlainWords.sentence(slot);
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
