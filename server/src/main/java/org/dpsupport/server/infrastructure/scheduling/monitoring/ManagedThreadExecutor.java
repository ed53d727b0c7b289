package org.dpsupport.server.infrastructure.scheduling.monitoring;

import java.util.concurrent.ThreadFactory;
import org.quartz.spi.ThreadExecutor;

/** Runs Quartz's own threads (scheduler, misfire handler, cluster check-in) on managed threads. */
public final class ManagedThreadExecutor implements ThreadExecutor {

  private final ThreadFactory threads;

  public ManagedThreadExecutor(ThreadFactory threads) {
    this.threads = threads;
  }

  @Override
  public void execute(Thread thread) {
    threads.newThread(thread).start();
  }

  @Override
  public void initialize() {
    // the container owns the threads
  }
}
