package org.dpsupport.server.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

  static final String HASH = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";
  static final Instant NOW = Instant.parse("2026-12-06T20:00:00Z");

  @Test
  void aRememberedPasswordMatchesOnlyItselfForItsUserAndStoredHash() {
    VerifiedPasswords verified = new VerifiedPasswords();
    verified.remember("holder@x", HASH, "right".toCharArray(), NOW);
    assertTrue(verified.matches("holder@x", HASH, "right".toCharArray(), NOW.plusSeconds(60)));
    assertFalse(verified.matches("holder@x", HASH, "wrong".toCharArray(), NOW));
    assertFalse(verified.matches("other@x", HASH, "right".toCharArray(), NOW));
    assertFalse(
        verified.matches("holder@x", HASH.replace("aGFzaA", "bmV3"), "right".toCharArray(), NOW),
        "a changed password (another stored hash) misses");
  }

  @Test
  void entriesExpireAndCanBeForgotten() {
    VerifiedPasswords verified = new VerifiedPasswords();
    verified.remember("holder@x", HASH, "right".toCharArray(), NOW);
    assertFalse(
        verified.matches(
            "holder@x",
            HASH,
            "right".toCharArray(),
            NOW.plus(VerifiedPasswords.TTL).plusSeconds(1)));
    verified.remember("holder@x", HASH, "right".toCharArray(), NOW);
    verified.forget("holder@x");
    assertFalse(verified.matches("holder@x", HASH, "right".toCharArray(), NOW));
  }

  @Test
  void nothingIsSharedBetweenServersOrRestarts() {
    VerifiedPasswords one = new VerifiedPasswords();
    one.remember("holder@x", HASH, "right".toCharArray(), NOW);
    assertFalse(new VerifiedPasswords().matches("holder@x", HASH, "right".toCharArray(), NOW));
  }

  @Test
  void hashesBelowOwaspAreUpgraded() {
    assertTrue(SignInService.weakerThanOwasp("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA=="));
    assertTrue(SignInService.weakerThanOwasp("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA=="));
    assertTrue(SignInService.weakerThanOwasp("not a hash"));
    assertFalse(SignInService.weakerThanOwasp(HASH));
    assertFalse(SignInService.weakerThanOwasp("PBKDF2WithHmacSHA256:1000000:c2FsdA==:aGFzaA=="));
  }
}
