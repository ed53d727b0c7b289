package org.dpsupport.server.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.dpsupport.server.application.monitoring.ReturnOpening;
import org.dpsupport.server.infrastructure.persistence.SchemaMigration;
import org.dpsupport.server.interfaces.lifecycle.Startup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to take traffic: the database answers, the schema is migrated, start-up work (demo data
 * included, when on) has finished, this server's return scheduler has started (or is switched off
 * here), and the warm-up ({@link WarmUp}) is done. A load balancer sends nothing to a server until
 * all five hold.
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

  /** How long the database may take to answer a validity check. */
  private static final int DATABASE_TIMEOUT_SECONDS = 2;

  @Inject SchemaMigration migration;

  @Inject Startup startup;

  @Inject ReturnOpening returnOpening;

  @Inject WarmUp warmUp;

  @Resource(lookup = "jdbc/dps")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    boolean database = databaseAnswers();
    boolean schema = migration.isComplete();
    boolean started = startup.isComplete();
    CompletableFuture<Void> scheduler = returnOpening.ready();
    boolean schedulerStarted = scheduler.isDone() && !scheduler.isCompletedExceptionally();
    boolean warm = warmUp.isComplete();
    return HealthCheckResponse.named("database-schema")
        .status(database && schema && started && schedulerStarted && warm)
        .withData("database", database)
        .withData("schema", schema)
        .withData("started", started)
        .withData("scheduler", schedulerStarted)
        .withData("warm", warm)
        .build();
  }

  private boolean databaseAnswers() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(DATABASE_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
