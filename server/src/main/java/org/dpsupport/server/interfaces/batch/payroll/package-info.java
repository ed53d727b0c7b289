/**
 * The bureau-wide pay run as a Jakarta Batch job ({@code bureau-pay-run}): partition mapper, reader
 * of employers still to pay, and a writer that hands each employer to the application service.
 */
package org.dpsupport.server.interfaces.batch.payroll;
