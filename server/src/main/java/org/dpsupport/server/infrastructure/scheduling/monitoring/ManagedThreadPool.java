package org.dpsupport.server.infrastructure.scheduling.monitoring;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.quartz.spi.ThreadPool;

/**
 * Quartz's worker pool on threads from a container-managed thread factory, so a job runs with the
 * application's CDI, JNDI and transaction context (Quartz's own SimpleThreadPool makes plain
 * threads that have none).
 */
public final class ManagedThreadPool implements ThreadPool {

  private final ThreadFactory threads;
  private final int size;
  private final Object lock = new Object();
  private int busy;
  private ThreadPoolExecutor executor;

  public ManagedThreadPool(ThreadFactory threads, int size) {
    this.threads = threads;
    this.size = size;
  }

  @Override
  public void initialize() {
    executor =
        new ThreadPoolExecutor(
            size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
  }

  @Override
  public boolean runInThread(Runnable runnable) {
    synchronized (lock) {
      while (busy >= size) {
        try {
          lock.wait(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      busy++;
    }
    executor.execute(
        () -> {
          try {
            runnable.run();
          } finally {
            synchronized (lock) {
              busy--;
              lock.notifyAll();
            }
          }
        });
    return true;
  }

  @Override
  public int blockForAvailableThreads() {
    synchronized (lock) {
      while (busy >= size) {
        try {
          lock.wait(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return 0;
        }
      }
      return size - busy;
    }
  }

  @Override
  public void shutdown(boolean waitForJobsToComplete) {
    executor.shutdown();
    if (waitForJobsToComplete) {
      try {
        executor.awaitTermination(15, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public int getPoolSize() {
    return size;
  }

  @Override
  public void setInstanceId(String schedInstId) {
    // threads are named by the container
  }

  @Override
  public void setInstanceName(String schedName) {
    // threads are named by the container
  }
}
