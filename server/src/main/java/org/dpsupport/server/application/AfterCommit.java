package org.dpsupport.server.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must follow the caller's transaction, never precede or outlive a rollback of it: run
 * once that transaction has committed (not at all if it rolls back), or at once when there is no
 * transaction. The action runs on the committing thread after the commit, so it should hand
 * anything slow (SMTP, Quartz's own JDBC) to a managed executor.
 */
@ApplicationScoped
public class AfterCommit {

  @Resource TransactionSynchronizationRegistry transactions;

  public void run(Runnable action) {
    if (transactions.getTransactionKey() == null) {
      action.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing before the commit
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
            }
          }
        });
  }
}
