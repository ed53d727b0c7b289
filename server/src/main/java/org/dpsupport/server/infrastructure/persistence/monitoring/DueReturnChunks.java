package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One chunk of opening due returns in its own transaction, committed before the next chunk starts.
 */
@ApplicationScoped
public class DueReturnChunks {

  @Resource(lookup = "jdbc/dps")
  DataSource dataSource;

  /**
   * Runs the work on a connection in a new transaction, then {@code afterWork} in the same
   * transaction, and commits.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNewTransaction(DueReturnsSql.Work<T> work, Runnable afterWork) {
    try (Connection c = dataSource.getConnection()) {
      T result = work.on(c);
      afterWork.run();
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("Opening due returns failed: " + e.getMessage(), e);
    }
  }
}
