/**
 * The rules for reading statements and receipts from positioned text: the layout-driven statement
 * parser (table heading, columns by position, UK dates and figures), the account details finder,
 * the arithmetic check, and the receipt finder. No PDF library and no Jakarta EE.
 */
package org.dpsupport.monitoring.domain.service;
