package org.dpsupport.server.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. Shared SQL
 * lives in db/migration/common and vendor-specific SQL (Quartz's tables) in db/migration/{vendor}.
 * Readiness reports false until this has finished.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/dps")
  private DataSource dataSource;

  private final AtomicBoolean complete = new AtomicBoolean();

  public synchronized void migrate() {
    if (complete.get()) {
      return;
    }
    String vendor = vendor();
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            // Liberty cannot list a classpath folder: the empty flyway.location file in each lets
            // Flyway find it
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema is at version "
                + result.targetSchemaVersion
                + " on "
                + vendor
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    complete.set(true);
  }

  public boolean isComplete() {
    return complete.get();
  }

  private String vendor() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      return product.contains("postgres") ? "postgresql" : "h2";
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot reach the database to migrate its schema: " + e.getMessage(), e);
    }
  }
}
