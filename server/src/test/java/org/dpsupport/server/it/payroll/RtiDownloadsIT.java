package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.dpsupport.payroll.interfaces.file.IrMark;
import org.dpsupport.server.demo.DemoUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.ls.LSInput;

/**
 * The service's RTI downloads are the whole messages HMRC takes: a PA put on the payroll without a
 * National Insurance number is paid, and the run's FPS is a GovTalk message with a correct IRmark,
 * valid against HMRC's envelope and FPS schema in {@code ../shared/specs} and breaking none of
 * HMRC's FPS business rules (xsltproc); a run with nobody on it has no FPS and says what to send
 * instead; the month's EPS is a whole message too.
 */
@ExtendWith(ArquillianExtension.class)
class RtiDownloadsIT {

  private static final Path SPECS = projectRoot().resolve("../shared/specs").normalize();
  private static final Path RTI_2026_27 = SPECS.resolve("hmrc-rti-2026-27-derived");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  @Test
  @DisplayName(
      "A PA without an NI number is paid and reported; a run with nobody on it has no FPS; FPS and EPS downloads are valid GovTalk messages")
  void downloads() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    JsonNode client = agency.awaitingClient("DP-BDG-0106");
    long accountId = client.get("id").asLong();
    String holderUsername = PayrollApi.holderOf(client);
    Map<String, Object> setup =
        PayrollApi.employerSetUp(
            accountId,
            "Iris Kaur",
            "123/IK54321",
            "123PW12345678",
            28,
            "2400.00",
            "EL-10442",
            "2027-03-31");
    assertEquals(201, agency.post("/payroll/employers", setup).statusCode());

    // onboarding without an NI number: accepted, but HMRC then needs two lines of address
    Map<String, Object> nia = new LinkedHashMap<>();
    nia.put("startDate", "2026-07-01");
    nia.put("forename", "Nia");
    nia.put("surname", "Okoro");
    nia.put("niNumber", "");
    nia.put("dateOfBirth", "1999-08-21");
    nia.put("gender", "F");
    nia.put("addressLine1", "22 Wood Lane");
    nia.put("postcode", "RM8 1AA");
    nia.put("starterDeclaration", "A");
    nia.put("niCategory", "A");
    nia.put("hourlyRate", new BigDecimal("13.00"));
    nia.put("usualWeeklyHours", new BigDecimal("20"));
    nia.put("sortCode", "20-45-77");
    nia.put("accountNumber", "44332253");
    nia.put("accountName", "N OKORO");
    nia.put("rightToWorkChecked", "2026-06-20");
    nia.put("dbsChecked", "2026-06-21");
    HttpResponseCheck.badRequest(
        agency.post("/payroll/employers/" + accountId + "/employees", nia),
        "second line of the PA's address");
    nia.put("addressLine2", "Dagenham");
    long niaId =
        agency
            .send("/payroll/employers/" + accountId + "/employees", nia)
            .get("employmentId")
            .asLong();

    // July: nobody has a timesheet, so no run is made and there is no FPS to send
    HttpResponseCheck.status(
        agency.post("/payroll/employers/" + accountId + "/runs", Map.of("month", "2026-07")),
        409,
        "nothing to pay");

    // August: Nia is paid; the FPS reports her without a NINO
    PayrollApi holder = new PayrollApi(holderUsername);
    List<Map<String, Object>> shifts = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 8, 3); d.getMonthValue() == 8; d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        shifts.add(
            Map.of(
                "start", d.atTime(9, 0).toString(),
                "end", d.atTime(13, 0).toString(),
                "rateType", "DAY"));
      }
    }
    holder.approvedTimesheet(niaId, "2026-08-01", "2026-08-31", shifts);
    long august =
        agency
            .send("/payroll/employers/" + accountId + "/runs", Map.of("month", "2026-08"))
            .get("id")
            .asLong();
    // nothing is filed before approval
    HttpResponseCheck.status(agency.get("/payroll/runs/" + august + "/fps"), 409, "Approve");
    agency.send("/payroll/runs/" + august + "/approve", Map.of());
    HttpResponse<String> fps = agency.get("/payroll/runs/" + august + "/fps");
    assertEquals(200, fps.statusCode(), fps.body());
    String xml = fps.body();
    assertValid("FullPaymentSubmission", xml);
    assertEquals(List.of(), businessRuleErrors(xml), xml);
    Element employee =
        Xml.child(
            Xml.child(
                Xml.child(Xml.child(body(xml), "IRenvelope"), "FullPaymentSubmission"), "Employee"),
            "EmployeeDetails");
    assertEquals(List.of("Name", "Address", "BirthDate", "Gender"), Xml.names(employee));
    assertEquals(
        List.of("22 Wood Lane", "Dagenham"), Xml.texts(Xml.child(employee, "Address"), "Line"));
    assertTrue(xml.contains("<StartDec>A</StartDec>"), xml);

    // finalised, August's tax month (6 August to 5 September) was paid: the EPS claims the
    // Employment Allowance
    assertEquals(
        "FINALISED",
        agency.send("/payroll/runs/" + august + "/finalise", Map.of()).get("status").asText());
    HttpResponse<String> eps = agency.get("/payroll/employers/" + accountId + "/eps?month=2026-08");
    assertEquals(200, eps.statusCode(), eps.body());
    assertValid("EmployerPaymentSummary", eps.body());
    assertTrue(eps.body().contains("<EmpAllceInd>yes</EmpAllceInd>"), eps.body());
  }

  /** Envelope and schema together, the IRmark recomputed. */
  private static void assertValid(String message, String xml) throws Exception {
    assertEquals(IrMark.of(xml), IrMark.carried(xml), "the IRmark");
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    f.setResourceResolver(
        (type, ns, publicId, systemId, base) ->
            systemId != null && systemId.endsWith("/xmldsig-core-schema.xsd")
                ? localCopy(systemId, SPECS.resolve("w3c/xmldsig-core-schema.xsd"))
                : null);
    String name =
        message
            + (message.equals("FullPaymentSubmission") ? "-2027-DERIVED.xsd" : "-2027-DERIVED.xsd");
    Source[] schemas = {
      new StreamSource(SPECS.resolve("hmrc-rti-2025-26/envelope-v2-0-HMRC.xsd").toFile()),
      new StreamSource(RTI_2026_27.resolve(name).toFile())
    };
    f.newSchema(schemas).newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static List<String> businessRuleErrors(String xml) throws Exception {
    Path file = Files.createTempFile("fps", ".xml");
    try {
      Files.writeString(file, xml, StandardCharsets.UTF_8);
      Process p =
          new ProcessBuilder(
                  "xsltproc",
                  RTI_2026_27.resolve("FullPaymentSubmission-2027-DERIVED.xslt").toString(),
                  file.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
      assertTrue(out.contains("ErrorResponse"), out);
      List<String> errors = new ArrayList<>();
      for (String part : out.split("<err:Error>")) {
        if (part.contains("</err:Error>")) {
          errors.add(part.substring(0, part.indexOf("</err:Error>")).replaceAll("\\s+", " "));
        }
      }
      return errors;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static Element body(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element message =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    return Xml.child(message, "Body");
  }

  private static Path projectRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("payroll-module")) && Files.exists(d.resolve("pom.xml"))) {
        return d;
      }
    }
    throw new IllegalStateException("No project root above " + Path.of("").toAbsolutePath());
  }

  private static LSInput localCopy(String systemId, Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      var impl =
          (org.w3c.dom.ls.DOMImplementationLS)
              DocumentBuilderFactory.newInstance()
                  .newDocumentBuilder()
                  .getDOMImplementation()
                  .getFeature("LS", "3.0");
      LSInput in = impl.createLSInput();
      in.setSystemId(systemId);
      in.setByteStream(new ByteArrayInputStream(bytes));
      return in;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
