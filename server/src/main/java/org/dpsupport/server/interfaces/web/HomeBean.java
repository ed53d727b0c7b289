package org.dpsupport.server.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dpsupport.server.application.AccountService;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.security.CurrentViewer;

/** What each role's start page lists: only the records this person may see. */
@Named("home")
@RequestScoped
public class HomeBean {

  /** GOV.UK style: 3 April 2026. */
  private static final DateTimeFormatter GOVUK_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Inject AccountService accountService;

  @Inject CurrentViewer current;

  private List<DirectPaymentAccountEntity> accounts;

  public List<DirectPaymentAccountEntity> getAccounts() {
    if (accounts == null) {
      accounts = accountService.visibleAccounts(current.viewer());
    }
    return accounts;
  }

  public List<PaEmploymentEntity> getEmployments() {
    return accountService.employmentsOf(current.viewer());
  }

  public String date(LocalDate date) {
    return date == null ? "" : GOVUK_DATE.format(date);
  }
}
