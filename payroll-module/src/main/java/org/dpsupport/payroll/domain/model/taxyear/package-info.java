/**
 * Tax years and their figures. {@link org.dpsupport.payroll.domain.model.taxyear.TaxYearRules}
 * holds one year's data file; the catalogue picks the year by payment date, so adding a year is a
 * data change.
 */
package org.dpsupport.payroll.domain.model.taxyear;
