/**
 * Payroll's REST API under /api/v1/payroll: employers and set-up, onboarding, timesheets and
 * approval, pay runs, payslips, the files (FPS, EPS, BACS, pensions, invoice), year-end forms,
 * payments to HMRC and the pension scheme, and bureau pay days. Resources only translate JSON to
 * application/payroll calls; problems become plain-English 4xx answers in the shared
 * `RuleExceptionMapper`.
 */
package org.dpsupport.server.interfaces.rest.payroll;
