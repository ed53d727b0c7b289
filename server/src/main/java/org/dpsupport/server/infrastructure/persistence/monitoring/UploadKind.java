package org.dpsupport.server.infrastructure.persistence.monitoring;

/** The kinds of document a return takes ({@code mon_upload.kind} holds the name). */
public enum UploadKind {
  STATEMENT,
  RECEIPT,
  INVOICE
}
