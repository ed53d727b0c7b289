package org.dpsupport.server.demo;

/**
 * One part of the demo data (the foundation's users and accounts, the payroll bureau, the
 * monitoring caseload, the register). {@code Startup} loads every CDI bean implementing this, in
 * {@link #order()}, when demo mode is on. Each set must notice it is already loaded and add
 * nothing.
 */
public interface DemoDataSet {

  /** Lower loads first; the foundation's users and accounts are 0. */
  int order();

  /** Loads the set unless it is already there. */
  void loadIfAbsent();
}
