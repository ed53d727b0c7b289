/**
 * The payroll's calculations: income tax, National Insurance, sick pay, pension, student loans,
 * minimum wage. Each takes a tax year's rules and plain values and returns a result that explains
 * its basis; none keeps state.
 */
package org.dpsupport.payroll.domain.service;
