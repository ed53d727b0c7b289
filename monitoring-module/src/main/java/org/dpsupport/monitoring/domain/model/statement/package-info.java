/**
 * A bank statement as read from a budget holder's PDF: account details, transactions, the check of
 * its arithmetic, and the reasons a document may be refused. Plain values; the server maps them to
 * whatever it keeps.
 */
package org.dpsupport.monitoring.domain.model.statement;
