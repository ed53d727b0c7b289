/**
 * What the server calls: {@code StatementReader.read(byte[])} and {@code
 * ReceiptReader.read(byte[])} turn an uploaded PDF into a plain value or a plain-English refusal,
 * within {@code ReadingLimits}.
 */
package org.dpsupport.monitoring.application;
