-- A payroll bureau submits its employers' wage payments to Bacs as a Bacs Approved Bureau under
-- its own service user number (six digits, from its sponsoring bank). It heads every Standard 18
-- file the bureau writes (VOL1 owner and HDR1 file identifier). Null until the agency gives it:
-- no BACS file can be written before then.
alter table payroll_agency add column bacs_service_user_number varchar(6);
