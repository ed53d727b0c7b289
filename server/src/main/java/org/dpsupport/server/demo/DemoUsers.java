package org.dpsupport.server.demo;

import java.util.List;
import org.dpsupport.server.security.Role;

/** The demo sign-ins printed in the README: one per role, plus a second budget holder. */
public final class DemoUsers {

  public static final String PASSWORD = "demo-password-1";

  public record DemoUser(String username, String displayName, Role role) {}

  public static final DemoUser HOLDER =
      new DemoUser("holder@demo.dpsupport.org", "Margaret Okafor", Role.BUDGET_HOLDER);
  public static final DemoUser SECOND_HOLDER =
      new DemoUser("holder2@demo.dpsupport.org", "Alan Price", Role.BUDGET_HOLDER);
  public static final DemoUser PA =
      new DemoUser("pa@demo.dpsupport.org", "Priya Shah", Role.PERSONAL_ASSISTANT);
  public static final DemoUser PAYROLL =
      new DemoUser("payroll@demo.dpsupport.org", "Dev Patel", Role.PAYROLL_STAFF);
  public static final DemoUser OFFICER =
      new DemoUser("officer@demo.dpsupport.org", "Sarah Jones", Role.MONITORING_OFFICER);
  public static final DemoUser ADMIN =
      new DemoUser("admin@demo.dpsupport.org", "Service Administrator", Role.ADMIN);

  public static final List<DemoUser> ALL =
      List.of(HOLDER, SECOND_HOLDER, PA, PAYROLL, OFFICER, ADMIN);

  private DemoUsers() {}
}
