-- Managed (invoice agency) accounts (issue 19), the gaps users hit:
-- a provider's remittance e-mail address, and which remittance advice was e-mailed to whom (the
-- message itself is in the outbox, mon_notification, with whether it was sent);
-- wages a finalised pay run takes from a managed account, posted to its ledger once per run.
-- Written in SQL that both PostgreSQL and H2 (PostgreSQL mode) accept.

ALTER TABLE mon_care_provider ADD COLUMN remittance_email VARCHAR(254);

ALTER TABLE mon_remittance ADD COLUMN emailed_to VARCHAR(254);
-- no foreign key: the outbox row is written when the transaction commits, after this update
ALTER TABLE mon_remittance ADD COLUMN notification_id BIGINT;

ALTER TABLE mon_ledger_entry ADD COLUMN pay_run_id BIGINT REFERENCES pay_run (id);
CREATE UNIQUE INDEX mon_ledger_entry_pay_run ON mon_ledger_entry (pay_run_id);
