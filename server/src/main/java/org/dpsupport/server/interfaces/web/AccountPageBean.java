package org.dpsupport.server.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.dpsupport.server.application.AccountService;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/** One direct-payment account, shown only to someone who may see it. */
@Named("accountPage")
@RequestScoped
public class AccountPageBean {

  @Inject AccountService accounts;

  @Inject CurrentViewer current;

  private Long id;
  private DirectPaymentAccountEntity account;

  public void load() throws IOException {
    // Hold on to the context: sending an error renders the error page as a Faces request of its
    // own, which releases this request's context before responseComplete() could be called.
    FacesContext faces = FacesContext.getCurrentInstance();
    if (id == null) {
      refuse(faces, 404, "Choose an account from your start page.");
      return;
    }
    try {
      account = accounts.account(current.viewer(), id).orElse(null);
      if (account == null) {
        refuse(faces, 404, "There is no such account.");
      }
    } catch (RecordAccessDeniedException e) {
      refuse(faces, 403, e.getMessage());
    }
  }

  private static void refuse(FacesContext faces, int status, String message) throws IOException {
    faces.getExternalContext().responseSendError(status, message);
    faces.responseComplete();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public DirectPaymentAccountEntity getAccount() {
    return account;
  }
}
