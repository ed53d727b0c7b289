-- Auto-enrolment over time: a PA's postponement (notice date, deferral date), the refund of an
-- opt-out within a month of enrolment and the pay run that pays it; the employer's declaration of
-- compliance (when made, who recorded it) and chosen re-enrolment date.
ALTER TABLE payroll_employee ADD COLUMN pension_postponed_until DATE;
ALTER TABLE payroll_employee ADD COLUMN pension_postponement_notice_on DATE;
ALTER TABLE payroll_employee ADD COLUMN pension_refund_due NUMERIC(12, 2);
ALTER TABLE payroll_employee ADD COLUMN pension_refund_run_id BIGINT;
ALTER TABLE payroll_employer ADD COLUMN pension_declared_on DATE;
ALTER TABLE payroll_employer ADD COLUMN pension_declared_by VARCHAR(255);
ALTER TABLE payroll_employer ADD COLUMN pension_declared_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE payroll_employer ADD COLUMN re_enrolment_date DATE;
