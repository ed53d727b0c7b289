package org.dpsupport.server.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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

  private AccountService.AccountPage accountPage;

  /** The page of accounts asked for ({@code ?page=}, from 1), by reference, 25 to a page. */
  public AccountService.AccountPage getAccountPage() {
    if (accountPage == null) {
      String page =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("page");
      accountPage =
          accountService.visibleAccounts(
              current.viewer(),
              page != null && page.matches("\\d{1,9}") ? Integer.parseInt(page) : 1);
    }
    return accountPage;
  }

  public List<DirectPaymentAccountEntity> getAccounts() {
    return getAccountPage().rows();
  }

  /** The link to another page of this start page's accounts. */
  public String accountsLink(int page) {
    var context = FacesContext.getCurrentInstance().getExternalContext();
    return context.getRequestContextPath() + context.getRequestServletPath() + "?page=" + page;
  }

  /** A count in words with its noun: "1 account", "10,019 accounts". */
  public String accountsCount(long count) {
    return String.format(Locale.UK, "%,d %s", count, count == 1 ? "account" : "accounts");
  }

  public List<PaEmploymentEntity> getEmployments() {
    return accountService.employmentsOf(current.viewer());
  }

  public String date(LocalDate date) {
    return date == null ? "" : GOVUK_DATE.format(date);
  }
}
