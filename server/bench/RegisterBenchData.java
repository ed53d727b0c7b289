import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.dpsupport.register.demo.DemoRegister;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.profile.PaProfile;

/**
 * Writes a generated register of N PA profiles (register-module's DemoRegister, the same data as
 * the JMH benchmark) as CSV files, one per table of V3__register.sql, for PostgreSQL's COPY. Usage:
 * java -cp <register-module classes and deps> RegisterBenchData.java N OUT_DIR
 */
public class RegisterBenchData {
  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    LocalDate today = LocalDate.now();
    DemoRegister register = DemoRegister.generate(42L, count, today);
    Map<String, BufferedWriter> files = new HashMap<>();
    for (String t :
        new String[] {
          "pa_profile",
          "pa_contact",
          "pa_area",
          "pa_skill",
          "pa_language",
          "pa_vetting",
          "pa_reference",
          "pa_training"
        }) {
      files.put(t, Files.newBufferedWriter(out.resolve(t + ".csv")));
    }
    long id = 5_000_000L;
    String now = java.time.OffsetDateTime.now().toString();
    for (PaProfile p : register.profiles()) {
      id++;
      var d = p.lastDecision().orElse(null);
      row(
          files.get("pa_profile"),
          id,
          "BENCH-" + p.id().value(),
          null,
          p.hasCar(),
          p.availability().asMask(),
          p.gender().map(Enum::name).orElse(null),
          p.rateSought().map(r -> r.poundsPerHour()).orElse(null),
          p.about().text(),
          p.visibility().name(),
          p.status().name(),
          d == null ? null : d.status().name(),
          d == null ? null : d.by().role().name(),
          d == null ? null : d.by().reference(),
          d == null ? null : d.on(),
          d == null ? null : d.note(),
          now,
          now);
      ContactDetails c = p.contactDetailsForRecords();
      row(
          files.get("pa_contact"),
          id,
          c.fullName(),
          c.email().orElse(null),
          c.telephone().orElse(null),
          c.address().map(a -> String.join("\n", a.lines())).orElse(null),
          c.address().map(a -> a.town()).orElse(null),
          c.address().map(a -> a.postcode()).orElse(null),
          c.dateOfBirth().orElse(null));
      for (var a : p.areas()) {
        row(files.get("pa_area"), id, a.code());
      }
      for (var s : p.skills()) {
        row(files.get("pa_skill"), id, s.name());
      }
      for (var l : p.languages()) {
        row(files.get("pa_language"), id, l.name());
      }
      var v = p.vetting();
      row(
          files.get("pa_vetting"),
          id,
          v.dbs().map(x -> x.level().name()).orElse(null),
          v.dbs().map(x -> x.issuedOn()).orElse(null),
          v.dbs().map(x -> x.updateService().name()).orElse(null),
          v.dbs().flatMap(x -> x.statusChecked()).orElse(null),
          v.rightToWork().map(x -> x.checkedOn()).orElse(null),
          v.rightToWork().flatMap(x -> x.permissionEnds()).orElse(null),
          v.codeOfConductAgreedOn().orElse(null));
      for (var r : v.references()) {
        row(files.get("pa_reference"), id, r.referee(), r.received().orElse(null), r.verifiedOn());
      }
      for (var t : v.training()) {
        row(files.get("pa_training"), id, t.course(), t.completedOn(), t.expires().orElse(null));
      }
    }
    for (BufferedWriter w : files.values()) {
      w.close();
    }
    System.out.println(count + " profiles written to " + out + " (as at " + today + ")");
  }

  private static void row(BufferedWriter w, Object... values) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      Object v = values[i];
      if (v != null) {
        line.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
      }
    }
    w.write(line.append('\n').toString());
  }
}
