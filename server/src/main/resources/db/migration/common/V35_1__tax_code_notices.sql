-- Issue 18: HMRC's tax code notices. Agency staff record a P6, P6B or P9 for a PA; the pay run uses
-- the notice in use on its pay day (the one issued last, P9X). Every code a PA has had is already a
-- row here (V4); a row now also says which kind of notice it came from and when that was issued.
ALTER TABLE payroll_tax_code_change ADD COLUMN notice_kind VARCHAR(10) DEFAULT 'STARTER' NOT NULL;
ALTER TABLE payroll_tax_code_change ADD COLUMN issued_on DATE;
UPDATE payroll_tax_code_change SET issued_on = effective_from;
ALTER TABLE payroll_tax_code_change ALTER COLUMN issued_on SET NOT NULL;
ALTER TABLE payroll_tax_code_change ADD CONSTRAINT payroll_tax_code_change_kind
    CHECK (notice_kind IN ('STARTER', 'P6', 'P6B', 'P9'));
