package org.dpsupport.server.interfaces.web.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dpsupport.server.application.register.RegisterService;

/** A PA joins the register: their sign-in and a profile sent for checking, in one form. */
@Named("joinRegister")
@RequestScoped
public class JoinRegisterPage {

  @Inject RegisterService register;

  private String error;
  private String joinedAs;
  private String joined;

  public String join() {
    try {
      String email = RegisterForms.param("email");
      String password = RegisterForms.param("password");
      register.registerPa(email, password.toCharArray(), PaRegisterPage.details(), email);
      // the same words whether the address was new or already had an account (its owner is
      // e-mailed), so the form never reveals who has an account
      joinedAs = email;
      joined = RegisterService.joinedMessage(email);
    } catch (RuntimeException e) {
      error = RegisterForms.problem(e);
      if (error == null) {
        throw e;
      }
    }
    return null;
  }

  public java.util.List<RegisterForms.GridRow> getGrid() {
    return RegisterForms.grid(org.dpsupport.register.domain.model.profile.WeeklySlots.none());
  }

  public java.util.List<String> getParts() {
    return RegisterForms.parts();
  }

  public java.util.List<RegisterForms.Choice> getSkills() {
    return RegisterForms.skills(java.util.Set.of());
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
