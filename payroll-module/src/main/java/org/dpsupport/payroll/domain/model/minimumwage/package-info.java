/**
 * National Minimum and Living Wage values: the result of checking a period's pay against the rate
 * for the PA's age band.
 */
package org.dpsupport.payroll.domain.model.minimumwage;
