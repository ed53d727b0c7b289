/**
 * Pay runs: one employer's pay for one period, and the states it passes through until it is final.
 */
package org.dpsupport.payroll.domain.model.payrun;
