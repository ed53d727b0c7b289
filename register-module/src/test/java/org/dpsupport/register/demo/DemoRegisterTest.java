package org.dpsupport.register.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.VettingStatus;
import org.dpsupport.register.domain.model.vetting.Check;
import org.dpsupport.register.domain.model.vetting.VettingAssessment;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;
import org.dpsupport.register.domain.service.Matcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoRegisterTest {
  private final VettingPolicy policy = VettingPolicy.standard();

  @Test
  @DisplayName("the same seed gives the same 200 PAs; another seed gives others")
  void deterministic() {
    DemoRegister a = DemoRegister.generate(42, 200);
    DemoRegister b = DemoRegister.generate(42, 200);
    assertEquals(200, a.profiles().size());
    assertEquals(a.profiles(), b.profiles());
    assertEquals(
        a.needs().stream().map(Object::toString).toList(),
        b.needs().stream().map(Object::toString).toList());
    assertNotEquals(a.profiles(), DemoRegister.generate(43, 200).profiles());
  }

  @Test
  @DisplayName(
      "200 PAs cover every vetting state, with suspensions that say what to renew, across the borough's districts")
  void variedStates() {
    DemoRegister demo = DemoRegister.generate(42, 200);
    Map<VettingStatus, Long> byStatus =
        demo.profiles().stream()
            .collect(Collectors.groupingBy(PaProfile::status, Collectors.counting()));
    System.out.println("Demo register of 200 by status: " + byStatus);

    assertTrue(byStatus.get(VettingStatus.APPROVED) > 100, byStatus.toString());
    for (VettingStatus status : VettingStatus.values()) {
      assertTrue(byStatus.getOrDefault(status, 0L) > 0, "some " + status + " in " + byStatus);
    }
    assertTrue(
        demo.profiles().stream()
            .anyMatch(p -> p.status() == VettingStatus.APPROVED && !p.isVisible()),
        "some hidden");
    Map<Check, Long> suspendedFor =
        demo.profiles().stream()
            .filter(p -> p.status() == VettingStatus.SUSPENDED)
            .flatMap(p -> policy.assess(p, demo.day()).toRenew().stream())
            .collect(Collectors.groupingBy(i -> i.check(), Collectors.counting()));
    assertTrue(
        suspendedFor.containsKey(Check.DBS) && suspendedFor.containsKey(Check.TRAINING),
        suspendedFor.toString());
    assertEquals(
        10,
        demo.profiles().stream().flatMap(p -> p.areas().stream()).distinct().count(),
        "6 borough + 4 neighbour districts");
  }

  @Test
  @DisplayName(
      "every approved, visible demo PA really is searchable, and every demo need finds someone")
  void consistentWithPolicy() {
    DemoRegister demo = DemoRegister.generate(42, 200);
    for (PaProfile p : demo.profiles()) {
      VettingAssessment a = policy.assess(p, demo.day());
      assertEquals(
          p.status() == VettingStatus.APPROVED && p.isVisible(),
          a.searchable(),
          p + " " + a.reasons());
      assertEquals(
          p.status(),
          a.statusAfterReview(),
          "the demo is as the daily review would leave it: " + p);
    }
    Matcher matcher = new Matcher(policy);
    Map<String, Integer> found =
        demo.needs().stream()
            .collect(
                Collectors.toMap(
                    n -> n.id().value(), n -> matcher.rank(n, demo.profiles(), demo.day()).size()));
    assertTrue(
        found.values().stream().filter(c -> c > 0).count() >= demo.needs().size() * 3 / 4,
        found.toString());
  }

  @Test
  @DisplayName("ids are unique")
  void uniqueIds() {
    DemoRegister demo = DemoRegister.generate(7, 1000);
    assertEquals(
        1000,
        demo.profiles().stream()
            .collect(Collectors.toMap(PaProfile::id, Function.identity()))
            .size());
  }
}
