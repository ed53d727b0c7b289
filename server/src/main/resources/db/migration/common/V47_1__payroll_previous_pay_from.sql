-- The first pay day the previous-employment pay and tax to date are used on in the cumulative tax
-- calculation: null for a starter's P45 (from their first pay day), the effective date of the
-- HMRC P6 notice that carried them otherwise.
ALTER TABLE payroll_employee ADD COLUMN previous_from DATE;
