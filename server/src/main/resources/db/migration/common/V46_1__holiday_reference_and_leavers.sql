-- Issue 18: holiday pay by the 52-paid-week reference, rolled-up holiday pay chosen per employment,
-- and payments after leaving.
--
-- rolled_up_holiday_pay: the employer chose to pay this irregular-hours or part-year PA's holiday
-- as 12.07% on each payslip (Working Time Regulations reg 16B, leave years from 1 April 2024).
-- Recording the choice is audited (HOLIDAY_ROLLED_UP_CHOSEN).
ALTER TABLE payroll_employee ADD COLUMN rolled_up_holiday_pay BOOLEAN NOT NULL DEFAULT FALSE;

-- The day the PA's P45 was first issued (made after their final pay was finalised). A payment
-- after this day is a payment after leaving: 0T week 1/month 1, no second P45.
ALTER TABLE payroll_employee ADD COLUMN p45_issued_on DATE;

-- Each run's holiday entry keeps the pay period and the pay for work in it, the reference data
-- for the 52-paid-week average, and how holiday taken was paid.
ALTER TABLE holiday_entry ADD COLUMN period_start DATE;
ALTER TABLE holiday_entry ADD COLUMN period_end DATE;
ALTER TABLE holiday_entry ADD COLUMN pay_for_work NUMERIC(12,2);
ALTER TABLE holiday_entry ADD COLUMN paid_at VARCHAR(400);

UPDATE holiday_entry SET
    period_start = (SELECT r.period_start FROM pay_run r WHERE r.id = holiday_entry.pay_run_id),
    period_end = (SELECT r.period_end FROM pay_run r WHERE r.id = holiday_entry.pay_run_id);

-- Entries made before this migration: the gross pay is the pay for work where no holiday was taken
-- and no statutory pay was paid; otherwise it is not known and the period does not count.
UPDATE holiday_entry SET pay_for_work = (
    SELECT s.gross_pay FROM payslip s
     WHERE s.pay_run_id = holiday_entry.pay_run_id
       AND s.pa_employment_id = holiday_entry.pa_employment_id
       AND s.ssp = 0 AND s.smp = 0 AND s.spp = 0 AND s.sap = 0 AND s.shpp = 0 AND s.spbp = 0
       AND s.sncp = 0)
 WHERE taken_hours = 0;
