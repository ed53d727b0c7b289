-- Each employer's pay run asks which of its finalised runs reported a PA's leaving date
-- (LeavingDateReports): without an index that read every PA of every employer once per employer.
CREATE INDEX payroll_employee_leaving_reported ON payroll_employee (leaving_reported_run_id);
