/**
 * Payroll use cases: setting up employers, onboarding PAs, timesheets and approval, pay runs
 * (calculate, approve, finalise) through payroll-module's engine, the files they produce, HMRC and
 * pension payments, year-end forms and bureau pay days. Owns the transactions, checks each record
 * against the viewer (`PayrollAccess`) and writes the audit trail. Called by interfaces/ only.
 */
package org.dpsupport.server.application.payroll;
