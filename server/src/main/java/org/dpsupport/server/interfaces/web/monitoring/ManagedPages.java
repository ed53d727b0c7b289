package org.dpsupport.server.interfaces.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.kernel.RuleException;
import org.dpsupport.server.application.monitoring.ManagedAccountService;
import org.dpsupport.server.application.monitoring.ReturnService;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.FormInput;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * Managed (invoice agency) accounts' pages: the agency's list of managed accounts with what is to
 * pay and the payment form; one account for the agency (providers, invoices, the ledger, with the
 * forms to record a provider and an invoice); the person's page (every invoice, what was paid and
 * what is left, with approval); one invoice to approve or dispute; and the ledger on the officer's
 * account page.
 */
@Named("managedPages")
@RequestScoped
public class ManagedPages {

  @Inject CurrentViewer current;

  @Inject ManagedAccountService managed;

  private Long accountId;
  private Long invoiceId;
  private ManagedAccountService.ManagedView account;
  private List<ManagedAccountService.ToPay> toPay;
  private List<ManagedAccountService.PaymentFileView> files;
  private String done;

  // provider form
  private String providerName;
  private String sortCode;
  private String accountNumber;
  private String hourlyRate;
  private String hoursPerWeek;
  private String remittanceEmail;

  // invoice form
  private String chosenProvider;
  private String number;
  private String creditFor;
  private String startDay;
  private String startMonth;
  private String startYear;
  private String endDay;
  private String endMonth;
  private String endYear;
  private String hours;
  private String rate;
  private String total;
  private Part file;

  // dispute and payment forms
  private String reason;
  private String payDay;
  private String payMonth;
  private String payYear;

  /** The agency's managed accounts and payment files. */
  public void loadAgency() throws IOException {
    PageRefusal.load(
        () -> {
          toPay = managed.toPay(current.viewer());
          files = managed.paymentFiles(current.viewer());
        },
        null);
  }

  /** One managed account (agency, holder or officer); the holder's own when no id is given. */
  public void load() throws IOException {
    if (accountId == null) {
      List<ManagedAccountService.HeldAccount> mine = managed.mine(current.viewer());
      if (!mine.isEmpty()) {
        accountId = mine.get(0).accountId();
      }
    }
    PageRefusal.load(
        accountId,
        "Choose a managed direct payment.",
        () -> account = managed.view(current.viewer(), accountId),
        null);
  }

  /** The officer's account page: the ledger when the account is managed, nothing otherwise. */
  public ManagedAccountService.ManagedView ledgerFor(long id) {
    if (account == null && managed.isManaged(id)) {
      account = managed.view(current.viewer(), id);
    }
    return account;
  }

  public String addProvider() {
    FormInput.Read<BigDecimal> r = FormInput.pounds(hourlyRate, "the contract rate per hour", null);
    if (!r.ok()) {
      FormErrors.add("provider:rate", r.error());
    }
    BigDecimal h = null;
    String typedHours = hoursPerWeek == null ? "" : hoursPerWeek.strip();
    if (!typedHours.matches("\\d{1,3}(\\.\\d{1,2})?")) {
      FormErrors.add(
          "provider:hours", "Enter the hours a week from the support plan, like 10 or 7.5");
    } else {
      h = new BigDecimal(typedHours);
    }
    if (providerName == null || providerName.isBlank()) {
      FormErrors.add("provider:name", "Enter the provider's name");
    }
    if (FormErrors.any()) {
      return null;
    }
    try {
      managed.addProvider(
          current.viewer(),
          accountId,
          new ManagedAccountService.NewProvider(
              providerName, sortCode, accountNumber, null, r.value(), h, remittanceEmail));
    } catch (RuleException | RecordAccessDeniedException e) {
      String m = e.getMessage();
      String field =
          m.contains("e-mail")
              ? "provider:email"
              : m.contains("sort code") || m.contains("account number")
                  ? "provider:accountNumber"
                  : m.contains("hours")
                      ? "provider:hours"
                      : m.contains("rate") ? "provider:rate" : "provider:name";
      FormErrors.add(field, CardPages.withoutFullStop(m));
      return null;
    }
    return "/agency/managed-account.xhtml?faces-redirect=true&id=" + accountId + "&done=provider";
  }

  public String addInvoice() {
    String provider =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("invoice-provider");
    chosenProvider = provider;
    if (provider == null || !provider.matches("[0-9]{1,18}")) {
      FormErrors.add("invoice-provider", "Choose the provider who sent the invoice");
    }
    if (number == null || number.isBlank()) {
      FormErrors.add("invoice:number", "Enter the number printed on the invoice");
    }
    FormInput.Read<LocalDate> from =
        FormInput.date(startDay, startMonth, startYear, "the first day of care");
    if (!from.ok()) {
      FormErrors.add("invoice:start:day", from.error());
    }
    FormInput.Read<LocalDate> to =
        FormInput.date(endDay, endMonth, endYear, "the last day of care");
    if (!to.ok()) {
      FormErrors.add("invoice:end:day", to.error());
    }
    boolean credit = creditFor != null && !creditFor.isBlank();
    BigDecimal h = null;
    FormInput.Read<BigDecimal> r =
        FormInput.pounds(rate, "the rate per hour", credit ? BigDecimal.ZERO : null);
    if (!credit) {
      String typedHours = hours == null ? "" : hours.strip();
      if (!typedHours.matches("\\d{1,4}(\\.\\d{1,2})?")) {
        FormErrors.add("invoice:hours", "Enter the hours the invoice charges for, like 40 or 42.5");
      } else {
        h = new BigDecimal(typedHours);
      }
      if (!r.ok()) {
        FormErrors.add("invoice:rate", r.error());
      }
    }
    boolean withPdf = file != null && file.getSize() > 0;
    boolean totalTyped = total != null && !total.isBlank();
    FormInput.Read<BigDecimal> t = FormInput.pounds(total, "the invoice's total", null);
    if (!t.ok() && (totalTyped || !withPdf)) {
      FormErrors.add("invoice:total", t.error());
    }
    if (withPdf && file.getSize() > ReturnService.UPLOAD_LIMIT.maxBytes()) {
      FormErrors.add(
          "invoice:file",
          "The file must be smaller than " + ReturnService.UPLOAD_LIMIT.sizeForPeople());
    }
    if (FormErrors.any()) {
      return null;
    }
    ManagedAccountService.NewInvoice typed =
        new ManagedAccountService.NewInvoice(
            Long.valueOf(provider),
            credit ? "CREDIT_NOTE" : "INVOICE",
            number,
            from.value(),
            to.value(),
            credit ? null : h,
            credit ? null : r.value(),
            totalTyped ? t.value() : null,
            credit ? creditFor : null);
    try {
      if (withPdf) {
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
          bytes = in.readAllBytes();
        }
        managed.submitInvoicePdf(current.viewer(), accountId, typed, fileName(file), bytes);
      } else {
        managed.submitInvoice(current.viewer(), accountId, typed);
      }
    } catch (IOException e) {
      FormErrors.add("invoice:file", "The file did not reach us. Choose it again");
      return null;
    } catch (RuleException | RecordAccessDeniedException e) {
      FormErrors.add(invoiceField(e.getMessage()), CardPages.withoutFullStop(e.getMessage()));
      return null;
    }
    return "/agency/managed-account.xhtml?faces-redirect=true&id=" + accountId + "&done=invoice";
  }

  /** Where a refusal of the invoice form is shown: at the file, the total or the number. */
  static String invoiceField(String message) {
    String m = message == null ? "" : message;
    if (m.contains("total")) {
      return "invoice:total";
    }
    return m.contains("PDF") || m.contains("file") ? "invoice:file" : "invoice:number";
  }

  private static String fileName(Part part) {
    String name = part.getSubmittedFileName();
    return name == null ? null : name.replaceAll("^.*[/\\\\]", "");
  }

  public String approve() {
    try {
      managed.approve(current.viewer(), accountId, invoiceId);
    } catch (RuleException | RecordAccessDeniedException e) {
      FormErrors.add("approve:approve", CardPages.withoutFullStop(e.getMessage()));
      return null;
    }
    return "/holder/managed.xhtml?faces-redirect=true&id=" + accountId + "&done=approved";
  }

  public String dispute() {
    if (reason == null || reason.isBlank()) {
      FormErrors.add("dispute:reason", "Say why you dispute the invoice");
      return null;
    }
    try {
      managed.dispute(current.viewer(), accountId, invoiceId, reason);
    } catch (RuleException | RecordAccessDeniedException e) {
      FormErrors.add("dispute:reason", CardPages.withoutFullStop(e.getMessage()));
      return null;
    }
    return "/holder/managed.xhtml?faces-redirect=true&id=" + accountId + "&done=disputed";
  }

  public String pay() {
    FormInput.Read<LocalDate> day = FormInput.date(payDay, payMonth, payYear, "the pay day");
    if (!day.ok()) {
      FormErrors.add("pay:payDay:day", day.error());
      return null;
    }
    try {
      ManagedAccountService.PaymentFileView f = managed.pay(current.viewer(), day.value());
      return "/agency/managed.xhtml?faces-redirect=true&done=" + f.id();
    } catch (RuleException | RecordAccessDeniedException e) {
      FormErrors.add("pay:payDay:day", CardPages.withoutFullStop(e.getMessage()));
      return null;
    }
  }

  /** The invoice the approve page is about. */
  public ManagedAccountService.InvoiceView getInvoice() {
    ManagedAccountService.ManagedView account = getAccount();
    if (account == null || invoiceId == null) {
      return null;
    }
    return account.invoices().stream().filter(i -> i.id() == invoiceId).findFirst().orElse(null);
  }

  /** The invoices waiting for the person to approve. */
  public long getWaiting() {
    return account == null
        ? 0
        : account.invoices().stream().filter(i -> "AWAITING_APPROVAL".equals(i.state())).count();
  }

  public String tagClass(String state) {
    return switch (state) {
      case "PAID" -> "govuk-tag--green";
      case "AWAITING_APPROVAL" -> "govuk-tag--orange";
      case "DISPUTED" -> "govuk-tag--red";
      case "PART_PAID" -> "govuk-tag--yellow";
      case "CREDIT" -> "govuk-tag--grey";
      default -> "govuk-tag--blue";
    };
  }

  /** Whether the person (or agency) can approve or dispute this invoice on the invoice page. */
  public boolean decidable(ManagedAccountService.InvoiceView i) {
    return i != null
        && "INVOICE".equals(i.kind())
        && List.of("AWAITING_APPROVAL", "APPROVED", "DISPUTED", "PART_PAID").contains(i.state());
  }

  public boolean approvable(ManagedAccountService.InvoiceView i) {
    ManagedAccountService.ManagedView account = getAccount();
    return i != null
        && account != null
        && account.canApprove()
        && ("AWAITING_APPROVAL".equals(i.state()) || "DISPUTED".equals(i.state()));
  }

  public String hoursWords(BigDecimal h) {
    return h == null ? "" : h.stripTrailingZeros().toPlainString();
  }

  public String sortCodeWords(String s) {
    return s == null || s.length() != 6
        ? ""
        : s.substring(0, 2) + "-" + s.substring(2, 4) + "-" + s.substring(4);
  }

  /** What the last action did, for the banner; none once the page's form is sent again. */
  public String getDoneWords() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (done == null || (faces != null && faces.isPostback())) {
      return null;
    }
    return switch (done) {
      case "provider" -> "The provider was recorded.";
      case "invoice" -> "The invoice was recorded and checked against the plan.";
      case "approved" -> "You approved the invoice. The agency pays it in its next payment.";
      case "disputed" -> "You disputed the invoice. It is not paid until it is approved again.";
      default -> "The payment file was made.";
    };
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public void setInvoiceId(Long invoiceId) {
    this.invoiceId = invoiceId;
  }

  /** The managed accounts the signed-in person holds (their home page links to them). */
  public List<ManagedAccountService.HeldAccount> getMine() {
    return managed.mine(current.viewer());
  }

  /**
   * The account; on a postback it is read here, from the address's id (and invoice), because the
   * forms' rendered conditions are decided before the page's view action runs. A refusal is left to
   * the view action.
   */
  public ManagedAccountService.ManagedView getAccount() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (account == null && faces != null && faces.isPostback()) {
      java.util.Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
      String id = params.get("id");
      String invoice = params.get("invoice");
      if (invoiceId == null && invoice != null && invoice.matches("[0-9]{1,18}")) {
        invoiceId = Long.valueOf(invoice);
      }
      if (id != null && id.matches("[0-9]{1,18}")) {
        try {
          account = managed.view(current.viewer(), Long.parseLong(id));
        } catch (RuleException | RecordAccessDeniedException e) {
          account = null;
        }
      }
    }
    return account;
  }

  public List<ManagedAccountService.ToPay> getToPay() {
    return toPay;
  }

  public List<ManagedAccountService.PaymentFileView> getFiles() {
    return files;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }

  public String getProviderName() {
    return providerName;
  }

  public void setProviderName(String providerName) {
    this.providerName = providerName;
  }

  public String getSortCode() {
    return sortCode;
  }

  public void setSortCode(String sortCode) {
    this.sortCode = sortCode;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public void setAccountNumber(String accountNumber) {
    this.accountNumber = accountNumber;
  }

  public String getHourlyRate() {
    return hourlyRate;
  }

  public void setHourlyRate(String hourlyRate) {
    this.hourlyRate = hourlyRate;
  }

  public String getHoursPerWeek() {
    return hoursPerWeek;
  }

  public void setHoursPerWeek(String hoursPerWeek) {
    this.hoursPerWeek = hoursPerWeek;
  }

  public String getRemittanceEmail() {
    return remittanceEmail;
  }

  public void setRemittanceEmail(String remittanceEmail) {
    this.remittanceEmail = remittanceEmail;
  }

  public String getChosenProvider() {
    return chosenProvider;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getCreditFor() {
    return creditFor;
  }

  public void setCreditFor(String creditFor) {
    this.creditFor = creditFor;
  }

  public String getStartDay() {
    return startDay;
  }

  public void setStartDay(String startDay) {
    this.startDay = startDay;
  }

  public String getStartMonth() {
    return startMonth;
  }

  public void setStartMonth(String startMonth) {
    this.startMonth = startMonth;
  }

  public String getStartYear() {
    return startYear;
  }

  public void setStartYear(String startYear) {
    this.startYear = startYear;
  }

  public String getEndDay() {
    return endDay;
  }

  public void setEndDay(String endDay) {
    this.endDay = endDay;
  }

  public String getEndMonth() {
    return endMonth;
  }

  public void setEndMonth(String endMonth) {
    this.endMonth = endMonth;
  }

  public String getEndYear() {
    return endYear;
  }

  public void setEndYear(String endYear) {
    this.endYear = endYear;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public String getRate() {
    return rate;
  }

  public void setRate(String rate) {
    this.rate = rate;
  }

  public String getTotal() {
    return total;
  }

  public void setTotal(String total) {
    this.total = total;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getPayDay() {
    return payDay;
  }

  public void setPayDay(String payDay) {
    this.payDay = payDay;
  }

  public String getPayMonth() {
    return payMonth;
  }

  public void setPayMonth(String payMonth) {
    this.payMonth = payMonth;
  }

  public String getPayYear() {
    return payYear;
  }

  public void setPayYear(String payYear) {
    this.payYear = payYear;
  }
}
