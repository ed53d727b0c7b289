package org.dpsupport.server.infrastructure.scheduling;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.SchedulerException;
import org.quartz.simpl.HostnameInstanceIdGenerator;

/**
 * The servers of a cluster as Quartz's clustered job store knows them: each server's scheduler
 * checks in to {@code QRTZ_SCHEDULER_STATE} every few seconds under this server's id, and a server
 * that stops checking in is dead (Quartz then takes over its triggers). Other work that must know
 * whether the server that began it still lives (the bureau pay day) asks here rather than keeping a
 * heartbeat of its own.
 */
@ApplicationScoped
public class ClusterMembers {

  /** Checking in this much later than its interval means the server is gone. */
  private static final long GRACE_MS = 7_500;

  @Resource(lookup = "jdbc/dps")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "dps.server.id")
  Optional<String> serverId;

  private volatile String thisServer;

  /**
   * This server's id: {@code dps.server.id} (the environment's {@code DPS_SERVER_ID}) when set, one
   * per server of a cluster; else this host's name and the Liberty server's name, so a restarted
   * server keeps its id while two servers never share one.
   */
  public String thisServer() {
    String id = thisServer;
    if (id == null) {
      if (serverId.isPresent() && !serverId.get().isBlank()) {
        id = serverId.get().trim();
      } else {
        try {
          id =
              new HostnameInstanceIdGenerator().generateInstanceId()
                  + ":"
                  + System.getProperty("wlp.server.name", "dps");
        } catch (SchedulerException e) {
          id = "localhost:" + System.getProperty("wlp.server.name", "dps");
        }
      }
      thisServer = id;
    }
    return id;
  }

  /**
   * Whether the server with this id still checks in (this server always does). A server whose row
   * is missing has been found dead and cleaned up by another server's scheduler.
   */
  public boolean alive(String server) {
    if (server == null || server.equals(thisServer())) {
      return true;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT last_checkin_time, checkin_interval FROM QRTZ_SCHEDULER_STATE"
                    + " WHERE instance_name = ?")) {
      s.setString(1, server);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return false;
        }
        long lastCheckin = r.getLong(1);
        long interval = r.getLong(2);
        return lastCheckin + 2 * interval + GRACE_MS >= System.currentTimeMillis();
      }
    } catch (SQLException e) {
      // cannot tell: assume it lives, so nothing is started twice
      return true;
    }
  }
}
