/**
 * The monitoring bounded context: direct-payment accounts' risk and return frequency, returns, bank
 * statements and receipts read from uploads, reconciliation and flags, prepaid cards and managed
 * accounts. Plain Java over the shared kernel; it imports no other module and no Jakarta EE. The
 * server depends on it.
 */
package org.dpsupport.monitoring;
