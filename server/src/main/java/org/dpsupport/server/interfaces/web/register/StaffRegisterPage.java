package org.dpsupport.server.interfaces.web.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.vetting.VettingAssessment;
import org.dpsupport.server.application.register.PaProfileService;
import org.dpsupport.server.application.register.RegisterSearch;
import org.dpsupport.server.application.register.VettingService;
import org.dpsupport.server.application.register.VettingSweep;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredProfile;
import org.dpsupport.server.interfaces.rest.register.RegisterJson;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * Register staff (ADMIN users): the vetting queue, recording checks, approving or turning down, and
 * the sweep.
 */
@Named("registerStaff")
@RequestScoped
public class StaffRegisterPage {

  @Inject PaProfileService profiles;

  @Inject VettingService vetting;

  @Inject RegisterSearch search;

  @Inject VettingSweep sweep;

  @Inject CurrentViewer current;

  @Inject Clock clock;

  private String error;
  private String done;
  private PaProfile pa;
  private String registered;

  /** A profile in the vetting queue with what makes it urgent. */
  public record QueueRow(
      StoredProfile stored, LocalDate checksRunOut, LocalDate waitingSince, String why) {}

  private List<QueueRow> queue;

  /**
   * The vetting queue, most urgent first: checks that run out soonest (or already have), then those
   * waiting longest; with the reason for a suspension or a refusal.
   */
  public List<QueueRow> getQueue() {
    if (queue == null) {
      LocalDate today = LocalDate.now(clock);
      queue =
          vetting.vettingQueue(current.viewer()).stream()
              .map(
                  s -> {
                    var assessment = search.policy().assessEvidence(s.profile(), today);
                    var decision = s.profile().lastDecision();
                    return new QueueRow(
                        s,
                        assessment.lastValidDay(),
                        decision.map(d -> d.on()).orElse(null),
                        decision
                            .map(d -> d.note())
                            .filter(n -> n != null && !n.isBlank())
                            .orElse(null));
                  })
              .sorted(
                  java.util.Comparator.comparing(
                          QueueRow::checksRunOut,
                          java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                      .thenComparing(
                          QueueRow::waitingSince,
                          java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
              .toList();
    }
    return queue;
  }

  /** The profile named by the "pa" request parameter. */
  public PaProfile getPa() {
    if (pa == null && !RegisterForms.param("pa").isEmpty()) {
      try {
        pa = profiles.profile(current.viewer(), RegisterForms.param("pa")).profile();
      } catch (RecordAccessDeniedException e) {
        RegisterForms.refuse(e);
      }
    }
    return pa;
  }

  public VettingAssessment assess(PaProfile profile) {
    return search.policy().assessEvidence(profile, LocalDate.now(clock));
  }

  public String record() {
    return act(
        () -> {
          List<RegisterJson.ReferenceInput> refs = new ArrayList<>();
          for (int i = 1; i <= 2; i++) {
            String referee = RegisterForms.param("referee" + i);
            if (!referee.isEmpty()) {
              refs.add(
                  new RegisterJson.ReferenceInput(
                      referee,
                      RegisterForms.date(
                          RegisterForms.param("received" + i), "the date the reference arrived"),
                      RegisterForms.date(
                          RegisterForms.param("verified" + i),
                          "the date the reference was verified")));
            }
          }
          List<RegisterJson.TrainingInput> training = new ArrayList<>();
          // several courses at once: course, course2, course3
          for (String n : List.of("", "2", "3")) {
            String course = RegisterForms.param("course" + n);
            if (!course.isEmpty()) {
              training.add(
                  new RegisterJson.TrainingInput(
                      course,
                      RegisterForms.date(
                          RegisterForms.param("completedOn" + n),
                          "the date " + course + " was completed"),
                      RegisterForms.date(
                          RegisterForms.param("expiresOn" + n), "the expiry date of " + course)));
            }
          }
          String level = RegisterForms.param("dbsLevel");
          String updateService = RegisterForms.param("dbsUpdateService");
          RegisterJson.VettingInput input =
              new RegisterJson.VettingInput(
                  level.isEmpty() ? null : level,
                  RegisterForms.date(RegisterForms.param("dbsIssuedOn"), "the DBS issue date"),
                  updateService.isEmpty() ? null : updateService,
                  RegisterForms.date(
                      RegisterForms.param("dbsStatusCheckedOn"), "the Update Service check date"),
                  RegisterForms.date(
                      RegisterForms.param("rtwCheckedOn"), "the right-to-work check date"),
                  RegisterForms.date(
                      RegisterForms.param("rtwEndsOn"), "the date permission to work ends"),
                  refs,
                  training,
                  RegisterForms.date(
                      RegisterForms.param("conductOn"), "the date the code of conduct was agreed"));
          vetting.recordVetting(current.viewer(), RegisterForms.param("pa"), input::applyTo);
          done = "The checks are recorded.";
        });
  }

  /**
   * Staff register a PA from the same profile fields a PA fills in to join; the profile goes to the
   * queue.
   */
  public String registerPa() {
    return act(
        () -> {
          registered =
              profiles
                  .staffRegistersPa(current.viewer(), PaRegisterPage.details())
                  .profile()
                  .id()
                  .value();
          done = "The PA is on the register as " + registered + ", waiting for checks.";
        });
  }

  public List<RegisterForms.GridRow> getGrid() {
    return RegisterForms.grid(org.dpsupport.register.domain.model.profile.WeeklySlots.none());
  }

  public List<String> getParts() {
    return RegisterForms.parts();
  }

  public List<RegisterForms.Choice> getSkills() {
    return RegisterForms.skills(java.util.Set.of());
  }

  /** The register id of the PA just registered, for the link to record their checks. */
  public String getRegistered() {
    return registered;
  }

  public String approve() {
    return act(
        () -> {
          vetting.approve(current.viewer(), RegisterForms.param("pa"));
          done = "The profile is approved: budget holders can now find it.";
        });
  }

  public String reject() {
    return act(
        () -> {
          vetting.reject(
              current.viewer(), RegisterForms.param("pa"), RegisterForms.param("reason"));
          done = "The profile is turned down; the PA sees your reason.";
        });
  }

  public String suspend() {
    return act(
        () -> {
          vetting.suspend(
              current.viewer(), RegisterForms.param("pa"), RegisterForms.param("suspendReason"));
          done = "The profile is suspended; the PA has been told.";
        });
  }

  public String reinstate() {
    return act(
        () -> {
          PaProfile p = vetting.reinstate(current.viewer(), RegisterForms.param("pa"));
          done = "Suspension lifted: the profile is now " + p.status().description() + ".";
        });
  }

  public String runSweep() {
    return act(
        () -> {
          var outcome = sweep.run(current.viewer().username());
          search.rebuild();
          done =
              "Vetting sweep done: "
                  + outcome.reviewed()
                  + " approved or suspended profiles reviewed, "
                  + outcome.suspended()
                  + " suspended, "
                  + outcome.reinstated()
                  + " reinstated.";
        });
  }

  private String act(Runnable action) {
    return RegisterForms.act(action, () -> pa = null, problem -> error = problem);
  }

  public String date(LocalDate date) {
    return RegisterForms.format(date);
  }

  /** Before the page renders: a record that is not the viewer's is refused with the 403 page. */
  public void load() {
    getPa();
  }

  public String getError() {
    return error;
  }

  public String getDone() {
    return done;
  }
}
