package org.dpsupport.server.infrastructure.persistence.monitoring;

/** What became of an uploaded file ({@code mon_upload.outcome} holds the name). */
public enum UploadOutcome {
  /** Kept, not read yet (or reading stopped before it could say anything). */
  RECEIVED,
  /** Read, and for a statement its balances add up. */
  READ,
  /** A statement read whose balances do not add up or cannot be checked: an officer checks it. */
  READ_UNVERIFIED,
  /** Could not be read: kept for an officer to read. */
  NEEDS_OFFICER,
  /** Cannot be evidence for this return (someone else's, or for other dates); left out. */
  REFUSED
}
