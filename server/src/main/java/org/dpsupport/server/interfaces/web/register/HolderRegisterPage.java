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
import org.dpsupport.server.application.register.RegisterService;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredIntroduction;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredNeed;
import org.dpsupport.server.interfaces.rest.register.RegisterJson;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * The budget holder's register pages: describe a need, see ranked matches with explanations, agree
 * to introductions, see the PA's contact details (logged) and hire.
 */
@Named("holderRegister")
@RequestScoped
public class HolderRegisterPage {

  @Inject RegisterService register;

  @Inject CurrentViewer current;

  private String error;
  private String done;
  private StoredNeed need;
  private ContactDetails shownContact;
  private long shownContactFor;

  public List<DirectPaymentAccountEntity> getAccounts() {
    return register.holderAccounts(current.viewer());
  }

  public List<StoredNeed> needsOf(long accountId) {
    return register.needsOfAccount(current.viewer(), accountId);
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

  public String describe() {
    return act(
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
          StoredNeed stored = register.describeNeed(current.viewer(), account, input::applyTo);
          done =
              "Your need "
                  + stored.need().id().value()
                  + " is saved. Open it to see the PAs who match.";
        });
  }

  /** The need named by the "need" request parameter (query string or the form's hidden field). */
  public StoredNeed getNeed() {
    if (need == null && !RegisterForms.param("need").isEmpty()) {
      try {
        need = register.need(current.viewer(), RegisterForms.param("need"));
      } catch (RecordAccessDeniedException e) {
        RegisterForms.refuse(e);
      }
    }
    return need;
  }

  public List<Match> getMatches() {
    return getNeed() == null
        ? List.of()
        : register.matches(current.viewer(), getNeed().need().id().value(), 20);
  }

  public List<StoredIntroduction> getIntroductions() {
    return getNeed() == null
        ? List.of()
        : register.introductionsOfNeed(current.viewer(), getNeed().need().id().value());
  }

  public String invite(String paRef) {
    return act(
        () -> {
          register.invite(current.viewer(), RegisterForms.param("need"), paRef);
          done =
              "We have asked the PA. If they agree, you will both see each other's contact details.";
        });
  }

  public String agree(long introductionId) {
    return act(
        () -> {
          register.agree(current.viewer(), introductionId);
          done = "You have agreed. You can now see the PA's contact details and arrange to meet.";
        });
  }

  public String decline(long introductionId) {
    return act(
        () -> {
          register.decline(current.viewer(), introductionId, "declined by the budget holder");
          done = "You have said no to this PA.";
        });
  }

  public String showContact(long introductionId) {
    return act(
        () -> {
          shownContact = register.paContact(current.viewer(), introductionId);
          shownContactFor = introductionId;
        });
  }

  public String hire(long introductionId) {
    return act(
        () -> {
          var read =
              org.dpsupport.server.interfaces.web.FormInput.date(
                  RegisterForms.param("start-day-" + introductionId),
                  RegisterForms.param("start-month-" + introductionId),
                  RegisterForms.param("start-year-" + introductionId),
                  "the PA's first day of work");
          if (!read.ok()) {
            throw new InvalidDetailException(read.error());
          }
          LocalDate start = read.value();
          String rate = RegisterForms.param("rate-" + introductionId);
          WeeklySlots slots = RegisterJson.slots(RegisterForms.params("slots-" + introductionId));
          var employment =
              register.hire(
                  current.viewer(),
                  introductionId,
                  new HireTerms(start, rate.isEmpty() ? null : new HourlyRate(money(rate)), slots));
          done =
              employment.getPaName()
                  + " starts on "
                  + RegisterForms.format(start)
                  + ". Payroll has them as a new starter:"
                  + " the starter checklist, National Insurance number and bank details are still to collect.";
        });
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
    var read = org.dpsupport.server.interfaces.web.FormInput.pounds(text, "the hourly rate", null);
    if (!read.ok()) {
      throw new InvalidDetailException(read.error());
    }
    return read.value();
  }

  private String act(Runnable action) {
    return RegisterForms.act(action, () -> need = null, problem -> error = problem);
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
        .orElse("A personal assistant");
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
