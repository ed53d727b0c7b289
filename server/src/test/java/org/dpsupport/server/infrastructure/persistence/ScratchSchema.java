package org.dpsupport.server.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real schema for a store's test: Flyway's migrations on a fresh in-memory H2 in PostgreSQL
 * mode, or on a scratch PostgreSQL database named by {@code
 * -Ddps.test.scratch-postgresql=jdbc:postgresql://127.0.0.1:5432/<db>} (cleaned first, so never
 * name a database you want to keep).
 */
public final class ScratchSchema {

  /** The system property that names a scratch PostgreSQL database. */
  public static final String SCRATCH_POSTGRESQL = "dps.test.scratch-postgresql";

  /** How {@link #migrated(String)} names the in-memory H2 database. */
  public static final String H2 = "H2";

  private ScratchSchema() {}

  /** "H2", then the scratch PostgreSQL database's URL when one is named. */
  public static List<String> databases() {
    List<String> out = new ArrayList<>(List.of(H2));
    String url = System.getProperty(SCRATCH_POSTGRESQL);
    if (url != null && !url.isBlank()) {
      out.add(url);
    }
    return out;
  }

  /** A new in-memory H2 database (its name starts with {@code name}) with every migration run. */
  public static JdbcDataSource h2(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:"
            + name
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(h2)
        .locations("classpath:db/migration/common", "classpath:db/migration/h2")
        .load()
        .migrate();
    return h2;
  }

  /** {@link #H2} or a PostgreSQL URL (emptied, then migrated), as {@link #databases()} gives. */
  public static DataSource migrated(String database) {
    if (database.equals(H2)) {
      return h2("scratch");
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(database);
    pg.setUser("postgres");
    Flyway flyway =
        Flyway.configure()
            .dataSource(pg)
            .cleanDisabled(false)
            .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
            .load();
    flyway.clean();
    flyway.migrate();
    return pg;
  }
}
