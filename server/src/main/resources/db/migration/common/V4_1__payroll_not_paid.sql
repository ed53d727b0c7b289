-- A PA kept on the payroll but not being paid for a stated reason (for example while their
-- employer is in hospital): the FPS then carries HMRC's irregular payment indicator (IrrEmp).
ALTER TABLE payroll_employee ADD COLUMN not_paid_reason VARCHAR(500);
ALTER TABLE payroll_employee ADD COLUMN not_paid_since DATE;
