/**
 * The edge where PDF files come in: Apache PDFBox opens an upload within size, page, time and
 * memory limits and hands back positioned text. Every failure becomes a refusal with a reason.
 */
package org.dpsupport.monitoring.infrastructure.pdf;
