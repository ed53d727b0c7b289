-- Payroll: who recorded that a finalised run's PAYE and National Insurance reached HMRC, and its
-- pension contributions the scheme, when, and the payment's reference (hmrc_paid_on and
-- pension_paid_on, from V4, hold the day it was paid). One payment may cover several runs (a tax
-- quarter's for an employer paying HMRC quarterly); each run it covers carries the same record.
-- Corrections are in the audit trail with their reason. SQL that PostgreSQL and H2 both accept.
ALTER TABLE pay_run ADD COLUMN hmrc_payment_reference VARCHAR(60);
ALTER TABLE pay_run ADD COLUMN hmrc_recorded_by VARCHAR(254);
ALTER TABLE pay_run ADD COLUMN hmrc_recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE pay_run ADD COLUMN pension_payment_reference VARCHAR(60);
ALTER TABLE pay_run ADD COLUMN pension_recorded_by VARCHAR(254);
ALTER TABLE pay_run ADD COLUMN pension_recorded_at TIMESTAMP WITH TIME ZONE;
