/**
 * Class 1 National Insurance values: the category letter and the result of one period's calculation
 * with the earnings bands reported to HMRC.
 */
package org.dpsupport.payroll.domain.model.ni;
