/**
 * What a PA is paid for and how it shows on a payslip: shifts and rates, pay lines with their
 * basis, and findings that need a person's attention.
 */
package org.dpsupport.payroll.domain.model.pay;
