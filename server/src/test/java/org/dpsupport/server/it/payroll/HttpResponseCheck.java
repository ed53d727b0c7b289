package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** Checks that a refusal is the right status with a message that tells the person what is wrong. */
final class HttpResponseCheck {

  private HttpResponseCheck() {}

  static void badRequest(HttpResponse<String> r, String messagePart) throws Exception {
    status(r, 400, messagePart);
  }

  static void status(HttpResponse<String> r, int status, String messagePart) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    String error = PayrollApi.JSON.readTree(r.body()).get("error").asText();
    assertTrue(error.contains(messagePart), error);
  }
}
