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

  @Inject org.dpsupport.server.application.monitoring.MonitoringViews monitoring;

  @Inject org.dpsupport.server.application.payroll.EmployerService employers;

  @Inject org.dpsupport.server.application.payroll.PayRunService payRuns;

  private Long id;
  private DirectPaymentAccountEntity account;
  private final java.util.List<Row> money = new java.util.ArrayList<>();

  /** One line of the account's money: what it is, the amount (or why there is none yet). */
  public record Row(String key, String value, String id) {}

  public void load() throws IOException {
    // Hold on to the context: sending an error renders the error page as a Faces request of its
    // own, which releases this request's context before responseComplete() could be called.
    FacesContext faces = FacesContext.getCurrentInstance();
    if (id == null) {
      PageRefusal.send(faces, 404, "Choose an account from your start page.");
      return;
    }
    try {
      account = accounts.account(current.viewer(), id).orElse(null);
      if (account == null) {
        PageRefusal.send(faces, 404, "There is no such account.");
        return;
      }
      money();
    } catch (RecordAccessDeniedException e) {
      PageRefusal.send(faces, 403, e.getMessage());
    }
  }

  /** Budget, payments received, spent and balance, from the statements and the payroll. */
  private void money() {
    String notYet = "Not known yet: this shows once you send a return with your bank statements";
    try {
      var m = monitoring.money(current.viewer(), id);
      money.add(new Row("Budget for the year", PlainWords.money(m.annualBudget()), "budget"));
      money.add(
          new Row(
              "Payments received",
              m.received() == null ? notYet : PlainWords.money(m.received()),
              "received"));
      money.add(
          new Row("Spent", m.spent() == null ? notYet : PlainWords.money(m.spent()), "spent"));
      money.add(
          new Row(
              "Balance",
              m.balance() == null
                  ? notYet
                  : PlainWords.money(m.balance()) + " on " + PlainWords.date(m.balanceOn()),
              "balance"));
    } catch (org.dpsupport.server.application.monitoring.MonitoringException e) {
      // not monitored: the payroll figures below are what there is
    }
    try {
      var e = employers.employer(current.viewer(), id);
      var runs = payRuns.runsOf(current.viewer(), id);
      java.math.BigDecimal paid =
          runs.stream()
              .filter(r -> "FINALISED".equals(r.status()))
              .map(r -> r.totalCost())
              .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
      if (e.monthlyBudget() != null) {
        money.add(new Row("Budget each month", PlainWords.money(e.monthlyBudget()), "monthly"));
      }
      money.add(
          new Row(
              "Spent on your personal assistants' pay",
              runs.isEmpty()
                  ? "Nothing yet: this shows once your payroll agency has paid your personal assistants"
                  : PlainWords.money(paid)
                      + " in "
                      + paidRuns(runs)
                      + ", with tax, pension and the agency's fee",
              "payroll"));
    } catch (org.dpsupport.server.application.payroll.PayrollProblem
        | RecordAccessDeniedException e) {
      // not on the payroll bureau
    }
  }

  private static String paidRuns(
      java.util.List<org.dpsupport.server.application.payroll.PayRunService.RunView> runs) {
    long n = runs.stream().filter(r -> "FINALISED".equals(r.status())).count();
    return n == 1 ? "1 pay run" : n + " pay runs";
  }

  public java.util.List<Row> getMoney() {
    return money;
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
