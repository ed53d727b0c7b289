package org.dpsupport.server.interfaces.web.payroll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.dpsupport.kernel.RuleException;
import org.dpsupport.server.application.payroll.TaxCodeService;
import org.dpsupport.server.infrastructure.persistence.payroll.TaxCodeNotices;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * Agency staff upload the tax code notices file saved from HMRC's Data Provisioning Service on
 * {@code /agency/payroll-tax-code-notices.xhtml?account=…} (GOV.UK file upload): applied whole or
 * refused whole with the reason at the file field; back to the employer's PAs saying how many.
 */
@Named("taxCodeNoticesUpload")
@RequestScoped
public class TaxCodeNoticesUpload {

  private static final String FIELD = "notices:file";

  @Inject CurrentViewer current;

  @Inject TaxCodeService taxCodes;

  private Long accountId;
  private TaxCodeNotices.NoticesEmployer employer;
  private Part file;

  /** The employer before the page renders; 403, 404 or 409 as the page's answer. */
  public void load() throws IOException {
    if (accountId == null) {
      accountId = PayrollForms.idParam("account");
    }
    String choose = "Choose an employer from the agency's list.";
    PageRefusal.load(
        accountId,
        choose,
        () -> employer = taxCodes.employerForNotices(current.viewer(), accountId),
        choose);
  }

  public String upload() {
    if (file == null || file.getSize() == 0) {
      FormErrors.add(FIELD, "Choose the notices file saved from HMRC");
      return null;
    }
    if (file.getSize() > TaxCodeService.NOTICES_FILE_LIMIT) {
      FormErrors.add(FIELD, "The file must be smaller than 5 MB");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      TaxCodeService.DpsImport done =
          taxCodes.importDps(current.viewer(), accountId, in.readAllBytes());
      return "/agency/payroll-employees.xhtml?faces-redirect=true&account="
          + accountId
          + "&done=notices&recorded="
          + done.recorded()
          + "&already="
          + done.alreadyRecorded();
    } catch (IOException e) {
      FormErrors.add(FIELD, "The file did not reach us. Choose it again and upload it");
      return null;
    } catch (RuleException | RecordAccessDeniedException e) {
      String m = e.getMessage();
      FormErrors.add(FIELD, m != null && m.endsWith(".") ? m.substring(0, m.length() - 1) : m);
      return null;
    }
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long v) {
    accountId = v;
  }

  public TaxCodeNotices.NoticesEmployer getEmployer() {
    return employer;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
