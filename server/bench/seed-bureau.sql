-- A bureau of :employers employers and 1.85 PAs each on average (the national figure) for the
-- demo agency, each PA with an approved December 2026 timesheet of twelve 6-hour days.
-- Ids start at 50,000,000 so they never meet the application's own sequence. Bank details are
-- pairs that pass Vocalink's modulus check (every BACS file is checked before it is written).
\set ON_ERROR_STOP on
SELECT id AS agency FROM payroll_agency WHERE name = 'Eastbrook Payroll Services' \gset
SELECT id AS council FROM council WHERE code = 'BDG' \gset
SELECT id AS holder FROM app_user WHERE username = 'holder@demo.dpsupport.org' \gset

INSERT INTO dp_account (id, reference, council_id, holder_user_id, agency_id, recipient_name, start_date, created_at)
SELECT 50000000 + i, 'DP-BENCH-' || lpad(i::text, 5, '0'), :council, :holder, :agency, 'Bench employer ' || i,
       DATE '2024-04-01', now()
FROM generate_series(1, :employers) AS i;

INSERT INTO payroll_employer (account_id, employer_name, paye_reference, accounts_office_reference, care_and_support,
    pay_frequency, pay_day, sort_code, account_number, fee_per_payslip, monthly_budget, hmrc_quarterly, insurer,
    insurance_policy, insurance_expires, created_at)
SELECT 50000000 + i, 'Bench employer ' || i, '120/BN' || lpad(i::text, 6, '0'), '120PB' || lpad(i::text, 8, '0'),
       i % 5 <> 0, 'MONTHLY', 28, '089999', '66374958', 12.50, 3000.00, false,
       'Markel (UK) Ltd', 'EL-' || i, DATE '2027-06-30', now()
FROM generate_series(1, :employers) AS i;

-- PA n belongs to employer ((n - 1) % employers) + 1: the first 85% of employers get two PAs
INSERT INTO pa_employment (id, account_id, pa_user_id, pa_name, start_date, end_date)
SELECT 60000000 + n, 50000000 + ((n - 1) % :employers) + 1, NULL, 'Bench PA ' || n, DATE '2025-06-01', NULL
FROM generate_series(1, :pas) AS n;

INSERT INTO payroll_employee (pa_employment_id, pay_id, forename, surname, ni_number, date_of_birth, gender,
    address_line1, address_line2, postcode, tax_code, week1_month1, ni_category, student_loan_plans,
    starter_declaration, pension_relief, pension_employee_pct, pension_employer_pct, pension_enrolled_on,
    pension_opted_out_on, hourly_rate, night_rate, weekend_rate, bank_holiday_rate, sleep_in_allowance,
    usual_weekly_hours, sort_code, account_number, account_name, right_to_work_checked, dbs_checked,
    holiday_balance_hours, created_at)
SELECT 60000000 + n, CASE WHEN n <= :employers THEN 'PA001' ELSE 'PA002' END, 'Bench', 'PA ' || n,
       'AB' || lpad(n::text, 6, '0') || 'C', DATE '1980-01-01' + (n % 9000), CASE WHEN n % 2 = 0 THEN 'F' ELSE 'M' END,
       n || ' Ripple Road', 'Barking', 'IG11 7PB', '1257L', false, 'A', NULL, 'A',
       CASE WHEN n % 3 = 0 THEN 'RELIEF_AT_SOURCE' END, CASE WHEN n % 3 = 0 THEN 5 END, CASE WHEN n % 3 = 0 THEN 3 END,
       CASE WHEN n % 3 = 0 THEN DATE '2025-07-01' END, NULL, 12.71 + (n % 40) / 10.0, 14.00, 15.00, 19.00, 60.00,
       30, '202959', '63748472', 'BENCH PA ' || n, DATE '2025-05-20', DATE '2025-05-25', 0, now()
FROM generate_series(1, :pas) AS n;

INSERT INTO timesheet (id, pa_employment_id, period_start, period_end, status, submitted_by, submitted_at, approved_by,
    approved_at, approval_reason, pay_run_id)
SELECT 70000000 + n, 60000000 + n, DATE '2026-12-01', DATE '2026-12-31', 'APPROVED', 'bench', now(), 'bench', now(),
       NULL, NULL
FROM generate_series(1, :pas) AS n;

INSERT INTO timesheet_shift (id, timesheet_id, starts_at, ends_at, rate_type)
SELECT 80000000 + n * 12 + d, 70000000 + n, TIMESTAMP '2026-12-01 09:00' + (d || ' days')::interval,
       TIMESTAMP '2026-12-01 15:00' + (d || ' days')::interval, 'DAY'
FROM generate_series(1, :pas) AS n, generate_series(0, 11) AS d;

ANALYZE;
