-- RTI reporting (issue 14): a PA without a National Insurance number is reported by date of birth,
-- gender and address; the leaving date goes on one FPS only, so the run that reported it is kept.
ALTER TABLE payroll_employee ALTER COLUMN ni_number DROP NOT NULL;
ALTER TABLE payroll_employee ADD COLUMN leaving_reported_run_id BIGINT;
