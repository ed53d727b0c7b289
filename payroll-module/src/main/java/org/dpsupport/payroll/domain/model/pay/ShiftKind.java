package org.dpsupport.payroll.domain.model.pay;

/**
 * Kinds of time a PA works. A sleep-in is paid a flat allowance and, while the PA may sleep, is not
 * time work for the minimum wage (Royal Mencap Society v Tomlinson-Blake [2021] UKSC 8); a waking
 * night is time work.
 */
public enum ShiftKind {
  DAY,
  NIGHT,
  WAKING_NIGHT,
  SLEEP_IN
}
