package org.dpsupport.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords this server has checked with PBKDF2 in the last few minutes, so that an API client
 * sending HTTP Basic on every request pays the deliberately slow hash once, not on every call (the
 * same idea as the credential caches of directory-backed servers). Only a keyed HMAC of the
 * password is kept, with a key that exists in this process's memory only; an entry is tied to the
 * stored hash it was checked against, so a changed password misses at once, and it expires after
 * {@link #TTL}. Lock-outs are checked before this cache is consulted, so it never lets a locked
 * account in; a wrong password is never remembered.
 */
@ApplicationScoped
public class VerifiedPasswords {

  static final Duration TTL = Duration.ofMinutes(5);
  static final int MAX_ENTRIES = 10_000;

  private record Entry(String storedHash, byte[] mac, Instant until) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;

  public VerifiedPasswords() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** Whether this password was checked right against this stored hash within the last minutes. */
  public boolean matches(String username, String storedHash, char[] password, Instant now) {
    Entry entry = entries.get(username);
    if (entry == null || !entry.storedHash().equals(storedHash)) {
      return false;
    }
    if (now.isAfter(entry.until())) {
      entries.remove(username, entry);
      return false;
    }
    return MessageDigest.isEqual(entry.mac(), mac(username, storedHash, password));
  }

  /** Remembers a password PBKDF2 has just accepted for this stored hash. */
  public void remember(String username, String storedHash, char[] password, Instant now) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> now.isAfter(e.until()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(
        username, new Entry(storedHash, mac(username, storedHash, password), now.plus(TTL)));
  }

  /** Forgets a user's entry (a wrong password, a lock-out). */
  public void forget(String username) {
    entries.remove(username);
  }

  private byte[] mac(String username, String storedHash, char[] password) {
    ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[secret.remaining()];
    secret.get(bytes);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (secret.hasArray()) {
        Arrays.fill(secret.array(), (byte) 0);
      }
    }
  }
}
