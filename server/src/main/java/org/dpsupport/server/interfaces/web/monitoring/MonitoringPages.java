package org.dpsupport.server.interfaces.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.cases.CaseActionKind;
import org.dpsupport.monitoring.domain.model.cases.CaseOutcome;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.dpsupport.server.application.monitoring.CaseQueue;
import org.dpsupport.server.application.monitoring.CaseService;
import org.dpsupport.server.application.monitoring.MonitoringException;
import org.dpsupport.server.application.monitoring.MonitoringReports;
import org.dpsupport.server.application.monitoring.MonitoringViews;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * The officer's monitoring pages: the queue, the case page with its actions, the account page and
 * the reports. The budget holder's return page is {@code HolderReturnPage}.
 */
@Named("monitoring")
@RequestScoped
public class MonitoringPages {

  @Inject CurrentViewer current;

  @Inject MonitoringViews views;

  @Inject CaseService cases;

  @Inject MonitoringReports reports;

  @Inject CaseQueue caseQueue;

  private static final String DONE_ACTION = "action";

  private Long id;
  private MonitoringViews.ReturnDetail detail;
  private MonitoringViews.AccountView account;

  // form fields
  private String kind;
  private String reason;
  private List<String> flagIds = new java.util.ArrayList<>();
  private String outcome;
  private String overSurplusReason;
  private Long accountId;
  // queue filters
  private Long council;
  private String state;
  private String flagKind;
  private String officer;
  private String search;
  private Integer page;
  private CaseQueue.Page queuePage;
  private String category;
  private BigDecimal amount;
  private String frequency;

  /**
   * Loads the return for the case page or the holder's return page; 403 or 404 as the page's
   * answer.
   */
  public void load() throws IOException {
    PageRefusal.load(
        id,
        "Choose a return from the list.",
        () -> {
          detail = views.detail(current.viewer(), id);
          account = views.account(current.viewer(), detail.summary().accountId());
        },
        null);
  }

  private String reportFrom;
  private String reportTo;
  private String reportRoute;
  private MonitoringReports.Summary summary;

  /** The report for the period and route asked for (a month like 2026-04 that is not one: none). */
  public MonitoringReports.Summary getSummary() {
    if (summary == null) {
      summary =
          reports.summary(
              current.viewer(),
              new MonitoringReports.Filter(
                  month(reportFrom, "from", false),
                  month(reportTo, "to", true),
                  reportRoute == null
                          || java.util.Arrays.stream(
                                  org.dpsupport.monitoring.domain.model.account.Route.values())
                              .noneMatch(r -> r.name().equals(reportRoute))
                      ? null
                      : reportRoute));
    }
    return summary;
  }

  private java.time.LocalDate month(String value, String field, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      java.time.YearMonth m = java.time.YearMonth.parse(value.strip());
      return end ? m.atEndOfMonth() : m.atDay(1);
    } catch (java.time.format.DateTimeParseException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              field,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  "Enter the month as year and month, like 2026-04.",
                  null));
      return null;
    }
  }

  /** A chart of counts or money, drawn on the server. */
  public String chart(String title, Map<String, ? extends Number> values, boolean money) {
    return SvgBarChart.of(title, values, money);
  }

  /** The same figures with words for the codes, for the charts and the tables beside them. */
  public Map<String, Long> statesInWords(Map<String, Long> byState) {
    Map<String, Long> out = new LinkedHashMap<>();
    byState.forEach((k, v) -> out.merge(MonitoringWords.state(k), v, Long::sum));
    return out;
  }

  public Map<String, Long> flagsInWords(Map<String, Long> byKind) {
    Map<String, Long> out = new LinkedHashMap<>();
    byKind.forEach(
        (k, v) ->
            out.merge(
                org.dpsupport.monitoring.domain.model.reconciliation.FlagKind.valueOf(k).title(),
                v,
                Long::sum));
    return out;
  }

  public Map<String, Long> routesInWords(Map<String, Long> byRoute) {
    Map<String, Long> out = new LinkedHashMap<>();
    byRoute.forEach((k, v) -> out.merge(routeWords(k), v, Long::sum));
    return out;
  }

  public Map<String, Long> periodsInWords(Map<String, Long> byPeriod) {
    Map<String, Long> out = new LinkedHashMap<>();
    java.time.format.DateTimeFormatter f =
        java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);
    byPeriod.forEach((k, v) -> out.put(f.format(java.time.YearMonth.parse(k)), v));
    return out;
  }

  public Map<String, Long> workloadInWords(Map<String, Long> workload) {
    Map<String, Long> out = new LinkedHashMap<>();
    workload.forEach(
        (k, v) ->
            out.put(
                switch (k) {
                  case "OPEN_CASES" -> "Returns with open flags";
                  case "AWAITING_RESPONSE" -> "Questions waiting for the budget holder";
                  case "RESPONDED" -> "Answers waiting for an officer";
                  default -> k;
                },
                v));
    return out;
  }

  public Map<String, BigDecimal> surplusOf(MonitoringReports.Summary s) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    out.put("Surplus identified", s.surplusIdentified());
    out.put("Surplus recovered", s.surplusRecovered());
    return out;
  }

  public String routeWords(String route) {
    if (route == null) {
      return "";
    }
    return switch (route) {
      case "OWN_ACCOUNT" -> "Own bank account";
      case "MANAGED_BY_PAYROLL_AGENCY" -> "Managed by a payroll agency (bureau)";
      case "PREPAID_CARD" -> "Prepaid card";
      default -> route;
    };
  }

  public org.dpsupport.monitoring.domain.model.account.Route[] getRoutes() {
    return org.dpsupport.monitoring.domain.model.account.Route.values();
  }

  public String getReportFrom() {
    return reportFrom;
  }

  public void setReportFrom(String reportFrom) {
    this.reportFrom = reportFrom;
  }

  public String getReportTo() {
    return reportTo;
  }

  public void setReportTo(String reportTo) {
    this.reportTo = reportTo;
  }

  public String getReportRoute() {
    return reportRoute;
  }

  public void setReportRoute(String reportRoute) {
    this.reportRoute = reportRoute;
  }

  public CaseActionKind[] getActionKinds() {
    return CaseActionKind.values();
  }

  public ReturnFrequency[] getFrequencies() {
    return ReturnFrequency.values();
  }

  public String act() {
    var values =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    flagIds =
        values.get("flag") == null
            ? new java.util.ArrayList<>()
            : new java.util.ArrayList<>(List.of(values.get("flag")));
    String[] chosenOutcome = values.get("outcome");
    outcome = chosenOutcome == null || chosenOutcome.length == 0 ? null : chosenOutcome[0];
    if (outcome != null
        && java.util.Arrays.stream(CaseOutcome.values()).noneMatch(o -> o.name().equals(outcome))) {
      outcome = null;
    }
    if (flagIds.stream().anyMatch(f -> !f.matches("[0-9]{1,18}"))) {
      error("Choose flags from this case's list of flags.");
      return null;
    }
    try {
      cases.act(
          current.viewer(),
          id,
          new CaseService.ActionRequest(
              kind == null || kind.isBlank() ? null : CaseActionKind.valueOf(kind),
              reason,
              flagIds.stream().filter(f -> !f.isBlank()).map(Long::valueOf).toList(),
              category,
              amount,
              frequency == null || frequency.isBlank() ? null : ReturnFrequency.valueOf(frequency),
              outcome == null || outcome.isBlank() ? null : CaseOutcome.valueOf(outcome),
              overSurplusReason));
      return "/officer/monitoring-case.xhtml?faces-redirect=true&id=" + id + "&done=" + DONE_ACTION;
    } catch (MonitoringException | RecordAccessDeniedException e) {
      error(e.getMessage());
      return null;
    }
  }

  /**
   * The confirmation after an action: a key in the address ({@code ?done=action}), not the flash
   * scope (which a client may not carry over the redirect), so it survives the redirect whatever
   * the client.
   */
  public String getDone() {
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    return detail != null && DONE_ACTION.equals(params.get("done"))
        ? "Your action has been recorded."
        : null;
  }

  private static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  /** "£1,234.50" */
  public String money(BigDecimal amount) {
    return Money.format(amount);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MonitoringViews.ReturnDetail getDetail() {
    return detail;
  }

  public MonitoringViews.AccountView getAccount() {
    return account;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<String> getFlagIds() {
    return flagIds;
  }

  public void setFlagIds(List<String> flagIds) {
    this.flagIds = flagIds == null ? new java.util.ArrayList<>() : flagIds;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getOverSurplusReason() {
    return overSurplusReason;
  }

  public void setOverSurplusReason(String overSurplusReason) {
    this.overSurplusReason = overSurplusReason;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public Long getCouncil() {
    return council;
  }

  public void setCouncil(Long council) {
    this.council = council;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getFlagKind() {
    return flagKind;
  }

  public void setFlagKind(String flagKind) {
    this.flagKind = flagKind;
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  /** One page of the account queue with the filters asked for. */
  public CaseQueue.Page getQueuePage() {
    if (queuePage == null) {
      queuePage =
          caseQueue.page(
              current.viewer(),
              new CaseQueue.Filter(
                  council, state, flagKind, officer, search, page == null ? 1 : page));
    }
    return queuePage;
  }

  /** The address of another page of the queue with the same filters. */
  public String queueLink(int toPage) {
    StringBuilder b =
        new StringBuilder(
            FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/officer/monitoring-queue.xhtml?page="
                + toPage);
    param(b, "council", council == null ? null : council.toString());
    param(b, "state", state);
    param(b, "flag", flagKind);
    param(b, "officer", officer);
    param(b, "q", search);
    return b.toString();
  }

  private static void param(StringBuilder b, String name, String value) {
    if (value != null && !value.isBlank()) {
      b.append('&')
          .append(name)
          .append('=')
          .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** The flag kinds, for the queue's filter. */
  public org.dpsupport.monitoring.domain.model.reconciliation.FlagKind[] getFlagKinds() {
    return org.dpsupport.monitoring.domain.model.reconciliation.FlagKind.values();
  }

  /** The return states, for the queue's filter. */
  public org.dpsupport.monitoring.domain.model.returns.ReturnState[] getStates() {
    return org.dpsupport.monitoring.domain.model.returns.ReturnState.values();
  }

  public CaseOutcome[] getOutcomes() {
    return CaseOutcome.values();
  }

  /** The account page for an officer: terms, risk, reviews, every return. */
  public void loadAccount() throws IOException {
    PageRefusal.load(
        accountId,
        "Choose an account from the queue.",
        () -> account = views.account(current.viewer(), accountId),
        null);
  }

  /** The open flags of the case, for choosing which an action answers. */
  public List<MonitoringViews.FlagView> getOpenFlags() {
    return detail == null
        ? List.of()
        : detail.flags().stream().filter(f -> "OPEN".equals(f.status())).toList();
  }

  /** The titles of the flags an action answers or asks about, in words. */
  public String flagsOf(MonitoringViews.ActionView a) {
    if (detail == null || a.flagIds() == null || a.flagIds().isEmpty()) {
      return "";
    }
    return detail.flags().stream()
        .filter(f -> a.flagIds().contains(f.id()))
        .map(MonitoringViews.FlagView::title)
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** A return's state in words. */
  public String stateWords(String s) {
    return MonitoringWords.state(s);
  }

  /** The GOV.UK tag colour for a return's state. */
  public String stateTag(String s) {
    return MonitoringWords.stateTag(s);
  }

  public String actionWords(String kind) {
    return MonitoringWords.action(kind);
  }

  public String outcomeWords(String o) {
    return o == null ? "" : CaseOutcome.valueOf(o).label();
  }

  public String statusWords(String status) {
    return MonitoringWords.status(status);
  }

  /**
   * Why the account is rated as it is, without the council's rule ids the rating keeps for the
   * record: "Payroll reports tax or National Insurance unpaid to HMRC (UNPAID_HMRC)." reads
   * "Payroll reports tax or National Insurance unpaid to HMRC."
   */
  public String riskWords(String reasons) {
    return reasons == null ? "" : reasons.replaceAll(" \\([A-Z][A-Z0-9_]+\\)", "");
  }

  public String frequencyWords(Object f) {
    return MonitoringWords.frequency(f == null ? null : f.toString());
  }

  /** "5 December 2026" */
  public String date(Object d) {
    return MonitoringWords.date(d);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getFrequency() {
    return frequency;
  }

  public void setFrequency(String frequency) {
    this.frequency = frequency;
  }
}
