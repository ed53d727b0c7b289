package org.dpsupport.server.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInNextTest {

  @Test
  void aPageOfThisServiceIsWhereSigningInGoesOn() {
    assertEquals("/holder/return.xhtml?id=42", SignInBean.next("/holder/return.xhtml?id=42"));
    assertEquals("/pa/payslips.xhtml", SignInBean.next("/pa/payslips.xhtml"));
  }

  @Test
  void anythingElseGoesToTheStartPage() {
    assertEquals("/index.xhtml", SignInBean.next(null));
    assertEquals("/index.xhtml", SignInBean.next(""));
    assertEquals("/index.xhtml", SignInBean.next("https://evil.example/x.xhtml"));
    assertEquals("/index.xhtml", SignInBean.next("//evil.example/x.xhtml"));
    assertEquals("/index.xhtml", SignInBean.next("/signin.xhtml"));
    assertEquals("/index.xhtml", SignInBean.next("/api/v1/accounts"));
    assertEquals("/index.xhtml", SignInBean.next("/holder/return.xhtml?id=1\r\nSet-Cookie:x"));
  }
}
