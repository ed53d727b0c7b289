/**
 * Printed text with its position on the page: words, cells (phrases), lines and pages. This is what
 * the PDF reader hands the layout-driven statement and receipt parsers, so they need no PDF library
 * and test in milliseconds.
 */
package org.dpsupport.monitoring.domain.model.layout;
