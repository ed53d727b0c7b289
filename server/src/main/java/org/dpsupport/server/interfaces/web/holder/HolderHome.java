package org.dpsupport.server.interfaces.web.holder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.server.application.monitoring.MonitoringViews;
import org.dpsupport.server.application.payroll.EmployerService;
import org.dpsupport.server.interfaces.web.PlainWords;
import org.dpsupport.server.security.CurrentViewer;

/**
 * The budget holder's start page: what needs doing now (returns due or overdue, timesheets waiting
 * for approval, questions from the officer), each a link to where it is done.
 */
@Named("holderHome")
@RequestScoped
public class HolderHome {

  @Inject CurrentViewer current;

  @Inject MonitoringViews views;

  @Inject EmployerService employers;

  @Inject Clock clock;

  /** One thing to do: the words, where to do it, and whether it is late. */
  public record ToDo(String text, String link, String linkText, boolean late) {}

  private List<ToDo> toDo;

  public List<ToDo> getToDo() {
    if (toDo == null) {
      toDo = new ArrayList<>();
      List<ToDo> later = new ArrayList<>();
      for (MonitoringViews.ReturnSummary r : views.returns(current.viewer())) {
        String period = PlainWords.date(r.periodStart()) + " to " + PlainWords.date(r.periodEnd());
        String link = "/holder/return.xhtml?id=" + r.id();
        switch (r.state()) {
          case "OVERDUE" ->
              toDo.add(
                  new ToDo(
                      "Your return for "
                          + period
                          + " ("
                          + r.reference()
                          + ") was due by "
                          + PlainWords.date(r.dueDate())
                          + ".",
                      link,
                      "Send your return for " + period,
                      true));
          case "OPEN" ->
              later.add(
                  new ToDo(
                      "Your return for "
                          + period
                          + " ("
                          + r.reference()
                          + ") is due by "
                          + PlainWords.date(r.dueDate())
                          + ".",
                      link,
                      "Send your return for " + period,
                      false));
          case "FLAGGED", "SUBMITTED" -> {
            long questions =
                views.detail(current.viewer(), r.id()).actions().stream()
                    .filter(a -> "AWAITING_RESPONSE".equals(a.status()))
                    .count();
            if (questions > 0) {
              toDo.add(
                  new ToDo(
                      "Your officer has "
                          + (questions == 1 ? "a question" : questions + " questions")
                          + " about your return for "
                          + period
                          + ".",
                      link,
                      "Answer your officer about " + period,
                      false));
            }
          }
          default -> {}
        }
      }
      toDo.addAll(later);
      for (EmployerService.EmployerSummary e :
          employers.employers(current.viewer(), LocalDate.now(clock))) {
        if (e.timesheetsToApprove() > 0) {
          toDo.add(
              new ToDo(
                  e.timesheetsToApprove() == 1
                      ? "1 timesheet is waiting for your approval."
                      : e.timesheetsToApprove() + " timesheets are waiting for your approval.",
                  "/holder/timesheets.xhtml",
                  "Check and approve timesheets",
                  false));
        }
      }
    }
    return toDo;
  }
}
