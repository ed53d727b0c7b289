package org.dpsupport.server.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.MonitoringDemoData;
import org.dpsupport.server.demo.PayrollDemoData;
import org.dpsupport.server.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-record access matrix: every GET endpoint in /openapi that names a record, asked for the
 * demo's real records by every role. No answer is ever a 5xx; every refusal is a problem body; and
 * of users who are peers (holders, agencies, councils: their records never overlap) at most one may
 * read any record. Without credentials every endpoint answers 401. Writes are probed in {@link
 * AttackSuiteIT} (an unattended write matrix would change the data the other ITs read).
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

  /** Users whose records never overlap, by group. */
  static final Map<String, List<String>> PEERS =
      Map.of(
          "holders",
          List.of(
              DemoUsers.HOLDER.username(),
              MonitoringDemoData.RETURNS_HOLDER.username(),
              "holder3@demo.dpsupport.org"),
          "agencies",
          List.of(DemoUsers.PAYROLL.username(), PayrollDemoData.SECOND_AGENCY_STAFF),
          "councils",
          List.of(DemoUsers.OFFICER.username(), "officer-hav@demo.dpsupport.org"));

  static final List<String> OTHERS = List.of(DemoUsers.PA.username(), DemoUsers.ADMIN.username());

  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  record Call(String path, long id, String user) {}

  @Test
  @DisplayName(
      "Every record endpoint in /openapi, every role, the demo's records: no 5xx, refusals are problems, peers never share a record")
  void matrix() throws Exception {
    JsonNode openapi = Probe.get(Probe.BASE + "/openapi?format=JSON", null).json();
    List<String> paths = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = openapi.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      if (!p.getValue().has("get")) {
        continue;
      }
      all.add(p.getKey());
      Matcher m = PARAM.matcher(p.getKey());
      int params = 0;
      while (m.find()) {
        params++;
      }
      if (params == 1 && !requiredQuery(p.getValue().get("get"))) {
        paths.add(p.getKey());
      }
    }
    assertTrue(paths.size() >= 15, "record endpoints found: " + paths);

    List<Long> ids = new ArrayList<>(candidateIds());
    List<String> users = new ArrayList<>(OTHERS);
    PEERS.values().forEach(users::addAll);

    Map<Call, Integer> status = new ConcurrentHashMap<>();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (String path : paths) {
        for (long id : ids) {
          for (String user : users) {
            work.add(
                pool.submit(
                    () -> {
                      String url = Probe.BASE + path.replaceFirst("\\{[^}]+}", Long.toString(id));
                      Probe.Reply r = Probe.get(url, Probe.basic(user, DemoUsers.PASSWORD));
                      status.put(new Call(path, id, user), r.status());
                      if (r.status() >= 500) {
                        failures.add(user + " GET " + url + " -> " + r.text());
                      } else if (r.status() >= 400) {
                        String type = r.header("Content-Type");
                        if (type == null || !type.startsWith("application/problem+json")) {
                          failures.add(user + " GET " + url + " -> " + r.status() + " " + type);
                        }
                      }
                      return null;
                    }));
          }
        }
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(
        failures.isEmpty(),
        failures.size() + " bad answers, first: " + failures.stream().limit(5).toList());

    List<String> shared = new ArrayList<>();
    int readable = 0;
    for (String path : paths) {
      for (long id : ids) {
        for (Map.Entry<String, List<String>> group : PEERS.entrySet()) {
          List<String> readers =
              group.getValue().stream()
                  .filter(u -> Integer.valueOf(200).equals(status.get(new Call(path, id, u))))
                  .toList();
          readable += readers.size();
          if (readers.size() > 1) {
            shared.add(path + " id " + id + " read by " + readers);
          }
        }
      }
    }
    assertTrue(shared.isEmpty(), "peers read the same record: " + shared);
    assertTrue(readable > 20, "the matrix hit real records: " + readable + " reads");
    System.out.printf(
        "Access matrix: %d endpoints x %d ids x %d users = %d calls, %d peer reads, none shared%n",
        paths.size(), ids.size(), users.size(), status.size(), readable);

    // without credentials, every endpoint is a 401 problem
    for (String path : all) {
      String url = Probe.BASE + path.replaceAll("\\{[^}]+}", Long.toString(ids.get(0)));
      Probe.Reply r = Probe.get(url, null);
      assertEquals(401, r.status(), url + " " + r.text());
    }
  }

  private static boolean requiredQuery(JsonNode operation) {
    if (!operation.has("parameters")) {
      return false;
    }
    for (JsonNode p : operation.get("parameters")) {
      if ("query".equals(p.path("in").asText()) && p.path("required").asBoolean()) {
        return true;
      }
    }
    return false;
  }

  /** Real record ids from every peer's own lists, so the matrix asks for records that exist. */
  private static Set<Long> candidateIds() throws Exception {
    Set<Long> ids = new LinkedHashSet<>();
    Map<String, String> lists = new LinkedHashMap<>();
    lists.put("/accounts", "id");
    lists.put("/monitoring/returns", "id");
    lists.put("/payroll/employers", "accountId");
    for (List<String> group : PEERS.values()) {
      for (String user : group) {
        for (Map.Entry<String, String> list : lists.entrySet()) {
          Probe.Reply r =
              Probe.get(Probe.API + list.getKey(), Probe.basic(user, DemoUsers.PASSWORD));
          if (r.status() == 200 && r.json() != null && r.json().isArray()) {
            int taken = 0;
            for (JsonNode n : r.json()) {
              if (n.has(list.getValue()) && taken++ < 1) {
                ids.add(n.get(list.getValue()).asLong());
              }
            }
          }
        }
      }
    }
    for (long small = 1; small <= 2; small++) {
      ids.add(small);
    }
    return ids;
  }
}
