/**
 * Statutory Sick Pay values: absences, the PA's qualifying days and earnings, and what SSP comes to
 * in a pay period.
 */
package org.dpsupport.payroll.domain.model.sickpay;
