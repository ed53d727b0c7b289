package org.dpsupport.server.interfaces.web.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dpsupport.server.interfaces.web.NavigationContributor;
import org.dpsupport.server.security.Role;

/** Header links to the payroll pages for agency staff, budget holders and PAs. */
@ApplicationScoped
public class PayrollNavigation implements NavigationContributor {
  @Override
  public List<Link> links(Set<Role> roles) {
    List<Link> links = new ArrayList<>();
    if (roles.contains(Role.PAYROLL_STAFF)) {
      links.add(new Link("Payroll", "/agency/payroll.xhtml", 20));
    }
    if (roles.contains(Role.BUDGET_HOLDER)) {
      links.add(new Link("Timesheets and pay", "/holder/timesheets.xhtml", 20));
    }
    if (roles.contains(Role.PERSONAL_ASSISTANT)) {
      links.add(new Link("My payslips", "/pa/payslips.xhtml", 20));
    }
    return links;
  }
}
