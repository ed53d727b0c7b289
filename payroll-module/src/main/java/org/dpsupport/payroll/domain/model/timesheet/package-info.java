/** Timesheets: the shifts a PA worked in a pay period, refused when they cannot be true. */
package org.dpsupport.payroll.domain.model.timesheet;
