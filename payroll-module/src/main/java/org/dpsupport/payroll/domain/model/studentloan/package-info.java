/** Student and postgraduate loan plans, whose thresholds and rates are tax-year data. */
package org.dpsupport.payroll.domain.model.studentloan;
