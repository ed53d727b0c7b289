package org.dpsupport.server.interfaces.web.payroll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.application.payroll.TaxCodeService;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.FormInput;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * Agency staff record HMRC's tax code notice for a PA (P6, P6B or P9) on {@code
 * /agency/payroll-tax-code.xhtml?employment=…}: every field checked at once (GOV.UK error summary),
 * then the domain's own checks; back to the employer's PAs with a confirmation.
 */
@Named("taxCodeForm")
@RequestScoped
public class TaxCodeForm {

  private static final String FIELD = "taxcode:";

  /** The three notices, with what each is for. */
  public record KindChoice(String value, String label, String hint) {}

  private static final List<KindChoice> KINDS =
      List.of(
          new KindChoice("P6", "P6", "A new code during the tax year"),
          new KindChoice(
              "P6B", "P6B", "A new code during the tax year after a change such as a new benefit"),
          new KindChoice("P9", "P9", "The code for the next tax year, used from 6 April"));

  @Inject CurrentViewer current;

  @Inject TaxCodeService taxCodes;

  private Long employmentId;
  private TaxCodeService.TaxCodesView codes;
  private String kind;
  private String taxCode;
  private boolean week1Month1;
  private String issuedDay;
  private String issuedMonth;
  private String issuedYear;
  private String fromDay;
  private String fromMonth;
  private String fromYear;
  private String previousPay;
  private String previousTax;

  /** The PA's codes before the page renders; 403 or 404 as the page's answer. */
  public void load() throws IOException {
    if (employmentId == null) {
      employmentId = PayrollForms.idParam("employment");
    }
    String choose = "Choose a PA from the employer's list.";
    PageRefusal.load(
        employmentId, choose, () -> codes = taxCodes.of(current.viewer(), employmentId), choose);
  }

  public String submit() {
    // the radios are plain inputs (GOV.UK markup), so their value is read here
    kind =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(FIELD + "kind");
    String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
    if (KINDS.stream().noneMatch(c -> c.value().equals(k))) {
      FormErrors.add(FIELD + "kind", "Select which notice HMRC sent: P6, P6B or P9");
    }
    if (taxCode == null || taxCode.isBlank()) {
      FormErrors.add(FIELD + "taxCode", "Enter the tax code printed on the notice, like 1257L");
    } else {
      FormErrors.read(FIELD + "taxCode", () -> TaxCode.parse(taxCode));
    }
    FormInput.Read<LocalDate> issued =
        FormInput.date(issuedDay, issuedMonth, issuedYear, "the date of issue");
    if (!issued.ok()) {
      FormErrors.add(FIELD + "issuedOn:day", issued.error());
    }
    LocalDate from = null;
    if (!blank(fromDay) || !blank(fromMonth) || !blank(fromYear)) {
      FormInput.Read<LocalDate> f =
          FormInput.date(fromDay, fromMonth, fromYear, "the date the code is used from");
      if (f.ok()) {
        from = f.value();
      } else {
        FormErrors.add(FIELD + "usedFrom:day", f.error());
      }
    }
    java.math.BigDecimal pay = null;
    java.math.BigDecimal tax = null;
    if (!blank(previousPay) || !blank(previousTax)) {
      FormInput.Read<java.math.BigDecimal> p =
          FormInput.pounds(previousPay, "the previous pay on the notice", null);
      FormInput.Read<java.math.BigDecimal> t =
          FormInput.pounds(previousTax, "the previous tax on the notice", null);
      if (!p.ok()) {
        FormErrors.add(FIELD + "previousPay", p.error());
      }
      if (!t.ok()) {
        FormErrors.add(FIELD + "previousTax", t.error());
      }
      pay = p.value();
      tax = t.value();
    }
    if (FormErrors.any()) {
      return null;
    }
    try {
      TaxCodeService.TaxCodesView saved =
          taxCodes.record(
              current.viewer(),
              employmentId,
              new TaxCodeService.NoticeRequest(
                  k, taxCode, week1Month1, issued.value(), from, pay, tax));
      return "/agency/payroll-employees.xhtml?faces-redirect=true&account="
          + saved.accountId()
          + "&done=taxcode";
    } catch (PayrollProblem | RecordAccessDeniedException e) {
      String m = e.getMessage();
      FormErrors.add(null, m != null && m.endsWith(".") ? m.substring(0, m.length() - 1) : m);
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public List<KindChoice> getKinds() {
    return KINDS;
  }

  public TaxCodeService.TaxCodesView getCodes() {
    return codes;
  }

  public Long getEmploymentId() {
    return employmentId;
  }

  public void setEmploymentId(Long v) {
    employmentId = v;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String v) {
    kind = v;
  }

  public String getTaxCode() {
    return taxCode;
  }

  public void setTaxCode(String v) {
    taxCode = v;
  }

  public boolean isWeek1Month1() {
    return week1Month1;
  }

  public void setWeek1Month1(boolean v) {
    week1Month1 = v;
  }

  public String getIssuedDay() {
    return issuedDay;
  }

  public void setIssuedDay(String v) {
    issuedDay = v;
  }

  public String getIssuedMonth() {
    return issuedMonth;
  }

  public void setIssuedMonth(String v) {
    issuedMonth = v;
  }

  public String getIssuedYear() {
    return issuedYear;
  }

  public void setIssuedYear(String v) {
    issuedYear = v;
  }

  public String getFromDay() {
    return fromDay;
  }

  public void setFromDay(String v) {
    fromDay = v;
  }

  public String getFromMonth() {
    return fromMonth;
  }

  public void setFromMonth(String v) {
    fromMonth = v;
  }

  public String getPreviousPay() {
    return previousPay;
  }

  public void setPreviousPay(String v) {
    previousPay = v;
  }

  public String getPreviousTax() {
    return previousTax;
  }

  public void setPreviousTax(String v) {
    previousTax = v;
  }

  public String getFromYear() {
    return fromYear;
  }

  public void setFromYear(String v) {
    fromYear = v;
  }
}
