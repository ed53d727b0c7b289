package org.dpsupport.monitoring.domain.model.statement;

/**
 * A document could not be read as what it was sent as. Carries the {@link Refusal} for the person;
 * the technical detail, if any, is the cause and belongs in the log.
 */
public class DocumentNotReadableException extends Exception {

  private final Refusal refusal;

  public DocumentNotReadableException(Refusal refusal) {
    super(refusal.reason() + ": " + refusal.message());
    this.refusal = refusal;
  }

  public DocumentNotReadableException(Refusal refusal, Throwable cause) {
    super(refusal.reason() + ": " + refusal.message(), cause);
    this.refusal = refusal;
  }

  public Refusal refusal() {
    return refusal;
  }
}
