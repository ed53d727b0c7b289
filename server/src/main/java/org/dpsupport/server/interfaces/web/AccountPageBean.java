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

    @Inject
    AccountService accounts;

    @Inject
    CurrentViewer current;

    private Long id;
    private DirectPaymentAccountEntity account;

    public void load() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (id == null) {
            external.responseSendError(404, "Choose an account from your start page.");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            account = accounts.account(current.viewer(), id).orElse(null);
            if (account == null) {
                external.responseSendError(404, "There is no such account.");
                FacesContext.getCurrentInstance().responseComplete();
            }
        } catch (RecordAccessDeniedException e) {
            external.responseSendError(403, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
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
