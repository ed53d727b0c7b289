package org.dpsupport.server.infrastructure.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Whether another server of the cluster still lives, read from Quartz's check-in table as Quartz
 * writes it: a server checking in on time lives; one late by more than twice its interval and a
 * grace, or whose row another server's Quartz has removed, is dead; this server always lives.
 */
class ClusterMembersTest {

  private ClusterMembers members;
  private JdbcDataSource db;

  @BeforeEach
  void database() throws Exception {
    db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:members" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE QRTZ_SCHEDULER_STATE (SCHED_NAME VARCHAR(120) NOT NULL, INSTANCE_NAME"
              + " VARCHAR(200) NOT NULL, LAST_CHECKIN_TIME BIGINT NOT NULL, CHECKIN_INTERVAL BIGINT"
              + " NOT NULL, PRIMARY KEY (SCHED_NAME, INSTANCE_NAME))");
    }
    members = new ClusterMembers();
    members.dataSource = db;
    members.serverId = Optional.of("b");
  }

  private void checkedIn(String server, long millisAgo) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("INSERT INTO QRTZ_SCHEDULER_STATE VALUES ('dps', ?, ?, 7500)")) {
      s.setString(1, server);
      s.setLong(2, System.currentTimeMillis() - millisAgo);
      s.executeUpdate();
    }
  }

  @Test
  @DisplayName("This server's id is DPS_SERVER_ID when set, and it always counts as alive")
  void thisServer() {
    assertEquals("b", members.thisServer());
    assertTrue(members.alive("b"), "no row needed for itself");
    assertTrue(members.alive(null), "a run with no server recorded is not taken over");
  }

  @Test
  @DisplayName("A server that checked in 5 s ago lives; 30 s ago (interval 7.5 s) it is dead")
  void lateCheckIn() throws Exception {
    checkedIn("a", 5_000);
    checkedIn("c", 30_000);
    assertTrue(members.alive("a"));
    assertFalse(members.alive("c"));
  }

  @Test
  @DisplayName("A server whose row Quartz removed (found dead) is dead")
  void removed() {
    assertFalse(members.alive("a"));
  }

  @Test
  @DisplayName("Without DPS_SERVER_ID the id is the host and the Liberty server's name")
  void defaultId() {
    ClusterMembers unnamed = new ClusterMembers();
    unnamed.serverId = Optional.empty();
    String id = unnamed.thisServer();
    assertTrue(id.endsWith(":" + System.getProperty("wlp.server.name", "dps")), id);
    assertFalse(id.startsWith(":"), id);
  }
}
