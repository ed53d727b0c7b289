package org.dpsupport.server.security;

/**
 * The five kinds of people who sign in to DP Support. Names match the security roles in web.xml.
 */
public enum Role {
  BUDGET_HOLDER("Budget holder", "/holder/index.xhtml"),
  PERSONAL_ASSISTANT("Personal assistant", "/pa/index.xhtml"),
  PAYROLL_STAFF("Payroll agency staff", "/agency/index.xhtml"),
  MONITORING_OFFICER("Monitoring officer", "/officer/index.xhtml"),
  ADMIN("Administrator", "/admin/index.xhtml");

  private final String description;
  private final String startPage;

  Role(String description, String startPage) {
    this.description = description;
    this.startPage = startPage;
  }

  public String description() {
    return description;
  }

  /** The page a person with this role lands on after signing in. */
  public String startPage() {
    return startPage;
  }
}
