package org.dpsupport.server.application.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.dpsupport.register.demo.DemoRegister;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ActorRole;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.VettingStatus;
import org.dpsupport.register.domain.service.Match;
import org.dpsupport.server.infrastructure.persistence.ScratchSchema;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredProfile;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two servers' match indexes over one database (the real schema, Flyway on H2 in PostgreSQL mode):
 * what one server changes, the other's next match sees, with no message between them.
 */
class RegisterSearchAcrossServersTest {

  static final LocalDate TODAY = DemoRegister.REFERENCE_DAY;
  static final Clock CLOCK =
      Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneId.of("Europe/London"));
  static final OffsetDateTime NOW = OffsetDateTime.now(CLOCK);
  static final Actor STAFF = new Actor(ActorRole.REGISTER_STAFF, "staff-1");
  static final long WAIT = RegisterSearch.CATCH_UP_EVERY.toMillis() + 50;

  RegisterStore storeA;
  RegisterSearch serverA;
  RegisterSearch serverB;
  DemoRegister demo;

  @BeforeEach
  void twoServersOneDatabase() throws Exception {
    JdbcDataSource db = ScratchSchema.h2("register");
    storeA = store(db);
    demo = DemoRegister.generate(7L, 60, TODAY);
    long id = 1;
    for (PaProfile profile : demo.profiles()) {
      storeA.insertProfile(id++, null, profile, NOW);
    }
    serverA = search(storeA);
    serverB = search(store(db));
  }

  /** A need of the demo register that server B offers someone for. */
  Need needWithMatches() {
    return demo.needs().stream()
        .filter(n -> !serverB.rank(n, 10).isEmpty())
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName("A PA suspended on server A is no longer offered by server B")
  void suspensionOnOneServerReachesTheOther() throws Exception {
    Need need = needWithMatches();
    PaId offered = serverB.rank(need, 10).get(0).paId();
    assertTrue(ids(serverA.rank(need, 10)).contains(offered));

    StoredProfile stored = storeA.profileByRef(offered.value()).orElseThrow();
    PaProfile suspended = stored.profile().suspendByStaff(STAFF, TODAY, "a concern raised");
    assertTrue(storeA.changeStatusIfStill(stored.id(), VettingStatus.APPROVED, suspended, NOW));

    Thread.sleep(WAIT);
    assertFalse(ids(serverB.rank(need, 10)).contains(offered), "still offered on server B");
    assertFalse(ids(serverA.rank(need, 10)).contains(offered), "still offered on server A");
  }

  @Test
  @DisplayName("A PA approved again, then deleted, on server A is seen so by server B")
  void approvalAndDeletionReachTheOther() throws Exception {
    Need need = needWithMatches();
    PaId offered = serverB.rank(need, 10).get(0).paId();
    int size = serverB.size();
    StoredProfile stored = storeA.profileByRef(offered.value()).orElseThrow();
    PaProfile suspended = stored.profile().suspendByStaff(STAFF, TODAY, "a concern raised");
    storeA.changeStatusIfStill(stored.id(), VettingStatus.APPROVED, suspended, NOW);
    Thread.sleep(WAIT);
    assertEquals(size - 1, serverB.size());

    PaProfile lifted = suspended.liftStaffSuspension(STAFF, TODAY, serverA.policy());
    assertEquals(VettingStatus.APPROVED, lifted.status());
    storeA.changeStatusIfStill(stored.id(), VettingStatus.SUSPENDED_BY_STAFF, lifted, NOW);
    Thread.sleep(WAIT);
    assertTrue(ids(serverB.rank(need, 10)).contains(offered), "approved again on A, not on B");
    assertEquals(size, serverB.size());

    storeA.deleteProfile(stored.id());
    Thread.sleep(WAIT);
    assertFalse(ids(serverB.rank(need, 10)).contains(offered), "deleted on A, offered on B");
    assertEquals(size - 1, serverB.size());
    assertEquals(Optional.empty(), storeA.profileByRef(offered.value()));
  }

  @Test
  @DisplayName(
      "A server idle while the change feed was pruned reads the register again and no longer"
          + " offers a PA suspended meanwhile")
  void idleServerAfterPruning() throws Exception {
    Need need = needWithMatches();
    PaId offered = serverB.rank(need, 10).get(0).paId();
    StoredProfile stored = storeA.profileByRef(offered.value()).orElseThrow();
    PaProfile suspended = stored.profile().suspendByStaff(STAFF, TODAY, "a concern raised");
    storeA.changeStatusIfStill(stored.id(), VettingStatus.APPROVED, suspended, NOW);
    // another change after it, so that the suspension is not the latest (which is always kept)
    StoredProfile other =
        storeA.profileByRef(serverA.rank(need, 10).get(0).paId().value()).orElseThrow();
    storeA.changeStatusIfStill(
        other.id(),
        VettingStatus.APPROVED,
        other.profile().suspendByStaff(STAFF, TODAY, "another concern"),
        NOW);
    long before = storeA.lastChange();
    assertTrue(storeA.pruneChangesBefore(OffsetDateTime.now().plusDays(1)) > 0);
    assertEquals(before, storeA.oldestChange(), "the latest change is kept");

    Thread.sleep(WAIT);
    assertFalse(ids(serverB.rank(need, 10)).contains(offered), "pruned suspension missed on B");
    assertFalse(ids(serverB.rank(need, 10)).contains(other.profile().id()));
  }

  private static List<PaId> ids(List<Match> matches) {
    return matches.stream().map(Match::paId).toList();
  }

  private static RegisterStore store(DataSource db) throws Exception {
    RegisterStore store = new RegisterStore();
    Field dataSource = RegisterStore.class.getDeclaredField("dataSource");
    dataSource.setAccessible(true);
    dataSource.set(store, db);
    return store;
  }

  private static RegisterSearch search(RegisterStore store) {
    RegisterSearch search = new RegisterSearch();
    search.store = store;
    search.clock = CLOCK;
    return search;
  }
}
