-- After seed-bureau.sql: what the staff list pages read at scale. Each bench employer gets a
-- finalised October and November 2026 pay run (PAYE to HMRC, pension contributions); 3% have
-- October's PAYE unrecorded (overdue since 22 November), 1% have November's pension unrecorded
-- too. Every bench direct payment is monitored (as every direct payment is), from 23 August 2026,
-- and the monitoring record of those with PAYE overdue carries payroll's concern, as the daily
-- re-rating would leave it: those reach the officer's queue.
\set ON_ERROR_STOP on

INSERT INTO pay_run (id, account_id, period_start, period_end, payment_date, status, payslips, gross_pay, net_pay,
    income_tax, employee_ni, employer_ni, employment_allowance, student_loans, pension_employee, pension_employer,
    agency_fee, total_cost, budget_before, hmrc_due_date, hmrc_paid_on, pension_paid_on, nmw_findings,
    calculated_at, approved_by, approved_at, finalised_at)
SELECT 90000000 + m * :employers + i, 50000000 + i,
       make_date(2026, 9 + m, 1), (make_date(2026, 9 + m, 1) + interval '1 month' - interval '1 day')::date,
       make_date(2026, 9 + m, 28), 'FINALISED', 2, 2400.00, 2050.00,
       180.00, 120.00, 90.00, 90.00, 0, 40.00, 24.00, 25.00, 2539.00, 3000.00,
       make_date(2026, 10 + m, 22),
       CASE WHEN m = 1 AND i % 33 = 0 THEN NULL ELSE make_date(2026, 10 + m, 19) END,
       CASE WHEN m = 2 AND i % 100 = 0 THEN NULL ELSE make_date(2026, 10 + m, 19) END,
       0, now(), 'bench', now(), now()
FROM generate_series(1, :employers) AS i, generate_series(1, 2) AS m;

INSERT INTO mon_account (account_id, route, annual_budget, instalment, payment_schedule, plan_categories, frequency,
    ruled_frequency, risk_reasons, status, next_period_start, next_period_end, next_review, open_concerns)
SELECT 50000000 + i, 'MANAGED_BY_PAYROLL_AGENCY', 36000.00, 2769.23, 'FOUR_WEEKLY', 'PA_WAGES,PERSONAL_CARE',
       CASE WHEN i % 33 = 0 THEN 'QUARTERLY' ELSE 'ANNUAL' END, CASE WHEN i % 33 = 0 THEN 'QUARTERLY' ELSE 'ANNUAL' END,
       CASE WHEN i % 33 = 0 THEN 'Payroll reports tax or National Insurance unpaid to HMRC.' ELSE 'No rule applies.' END,
       'ACTIVE', DATE '2026-08-23', CASE WHEN i % 33 = 0 THEN DATE '2026-11-22' ELSE DATE '2027-08-22' END,
       DATE '2027-08-23', CASE WHEN i % 33 = 0 THEN 'UNPAID_HMRC' ELSE '' END
FROM generate_series(1, :employers) AS i;

ANALYZE;
