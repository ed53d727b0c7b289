/**
 * Income tax values: the tax code, the regime its prefix names, the tax week or month a payment
 * falls in, and the result of a PAYE calculation.
 */
package org.dpsupport.payroll.domain.model.tax;
