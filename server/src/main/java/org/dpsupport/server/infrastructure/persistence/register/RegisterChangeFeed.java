package org.dpsupport.server.infrastructure.persistence.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.Change;

/**
 * One server's place in the register's change feed ({@code register_change}): each call returns the
 * changes not yet returned, whichever server made them.
 *
 * <p>Sequence numbers are handed out when a change is written but become visible when its
 * transaction commits, so a lower number can appear after a higher one. The feed therefore keeps a
 * watermark below which every number has been returned, reads everything above it each time, and
 * returns only what it has not returned before. A number that never appears (a rolled-back change)
 * holds the watermark for at most {@link #GAP_TIMEOUT}, far longer than any profile change takes to
 * commit.
 */
public final class RegisterChangeFeed {

  static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);

  private final RegisterStore store;
  private final Clock clock;
  private long watermark;
  private final Set<Long> returnedAbove = new HashSet<>();
  private final Map<Long, Instant> gapSeenSince = new HashMap<>();

  public RegisterChangeFeed(RegisterStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Starts after {@code seq}: everything up to it is already reflected (e.g. a fresh index). Never
   * before the oldest change kept, whose predecessors were pruned, not rolled back.
   */
  public synchronized void startAfter(long seq) {
    watermark = Math.max(seq, store.oldestChange() - 1);
    returnedAbove.clear();
    gapSeenSince.clear();
  }

  /** The latest change in the database, to start after when the whole register is read again. */
  public long latest() {
    return store.lastChange();
  }

  /**
   * Whether changes this server has not seen were pruned ({@code register_change} keeps a day): its
   * index must then be read again, since the feed cannot tell it what they were.
   */
  public synchronized boolean fellBehind() {
    return watermark + 1 < store.oldestChange();
  }

  /** The changes made since the last call (on any server), oldest first. */
  public synchronized List<Change> unseen() {
    List<Change> fresh = new ArrayList<>();
    long highest = watermark;
    for (Change change : store.changesAfter(watermark)) {
      highest = Math.max(highest, change.seq());
      if (returnedAbove.add(change.seq())) {
        fresh.add(change);
      }
    }
    Instant now = clock.instant();
    while (watermark < highest) {
      long next = watermark + 1;
      if (!returnedAbove.remove(next)) {
        Instant since = gapSeenSince.computeIfAbsent(next, n -> now);
        if (Duration.between(since, now).compareTo(GAP_TIMEOUT) < 0) {
          break;
        }
      }
      gapSeenSince.remove(next);
      watermark = next;
    }
    return fresh;
  }
}
