package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.Objects;

/** One line of one statement or card file: the statement's id and the line's number, from 1. */
public record LineRef(String statementId, int lineNumber) {

  public LineRef {
    Objects.requireNonNull(statementId, "statementId");
    if (lineNumber < 1) {
      throw new IllegalArgumentException("Lines are numbered from 1, not " + lineNumber);
    }
  }
}
