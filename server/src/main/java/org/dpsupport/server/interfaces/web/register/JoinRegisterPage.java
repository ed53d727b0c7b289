package org.dpsupport.server.interfaces.web.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dpsupport.server.application.register.PaProfileService;
import org.dpsupport.server.interfaces.rest.register.RegisterJson;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.FormInput;

/** A PA joins the register: their sign-in and a profile sent for checking, in one form. */
@Named("joinRegister")
@RequestScoped
public class JoinRegisterPage {

  @Inject PaProfileService profiles;

  private String error;
  private String joinedAs;
  private String joined;

  /** Checks every field at once (the GOV.UK error pattern), then joins. */
  public String join() {
    String email = RegisterForms.param("email");
    String password = RegisterForms.param("password");
    if (RegisterForms.param("fullName").isEmpty()) {
      FormErrors.add("fullName", "Enter your full name");
    }
    if (email.isEmpty()) {
      FormErrors.add("email", "Enter your email address");
    } else if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      FormErrors.add(
          "email", "Enter an email address in the correct format, like name@example.com");
    }
    if (RegisterForms.param("areas").isEmpty()) {
      FormErrors.add("areas", "Enter the postcode districts you work in, like RM8 RM9");
    }
    if (RegisterForms.params("slot").isEmpty()) {
      FormErrors.add("availability", "Choose at least one time when you are available");
    }
    if (!RegisterForms.param("rate").isEmpty()) {
      var rate = FormInput.pounds(RegisterForms.param("rate"), "the hourly rate you want", null);
      if (!rate.ok()) {
        FormErrors.add("rate", rate.error());
      }
    }
    if (password.length() < 10) {
      FormErrors.add(
          "password",
          password.isEmpty() ? "Choose a password" : "Your password must be 10 characters or more");
    }
    if (FormErrors.any()) {
      return null;
    }
    try {
      profiles.registerPa(email, password.toCharArray(), PaRegisterPage.details(), email);
      // the same words whether the address was new or already had an account (its owner is
      // e-mailed), so the form never reveals who has an account
      joinedAs = email;
      joined = PaProfileService.joinedMessage(email);
    } catch (RuntimeException e) {
      error = RegisterForms.problem(e);
      if (error == null) {
        throw e;
      }
      FormErrors.add(null, error);
    }
    return null;
  }

  /** The availability grid, with what was ticked kept when the form comes back with errors. */
  public java.util.List<RegisterForms.GridRow> getGrid() {
    org.dpsupport.register.domain.model.profile.WeeklySlots ticked;
    try {
      ticked = RegisterJson.slots(RegisterForms.params("slot"));
    } catch (RuntimeException e) {
      ticked = org.dpsupport.register.domain.model.profile.WeeklySlots.none();
    }
    return RegisterForms.grid(ticked);
  }

  public java.util.List<String> getParts() {
    return RegisterForms.parts();
  }

  public java.util.List<RegisterForms.Choice> getSkills() {
    java.util.Set<org.dpsupport.register.domain.model.profile.Skill> ticked =
        new java.util.HashSet<>();
    for (String skill : RegisterForms.params("skill")) {
      try {
        ticked.add(org.dpsupport.register.domain.model.profile.Skill.valueOf(skill));
      } catch (IllegalArgumentException ignored) {
        // not a skill: left unticked
      }
    }
    return RegisterForms.skills(ticked);
  }

  public String getError() {
    return error;
  }

  /** What the person is told after joining: the same for a new address and a known one. */
  public String getJoined() {
    return joined;
  }

  public String getJoinedAs() {
    return joinedAs;
  }
}
