-- Returns open set-based, one Quartz trigger per council and period end (not one per account):
-- each account keeps the end of its current period, so a firing finds the due accounts by index.
ALTER TABLE mon_account ADD COLUMN next_period_end DATE;
UPDATE mon_account SET next_period_end = CAST(next_period_start + make_interval(months =>
    CASE frequency WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 ELSE 12 END) AS DATE);
ALTER TABLE mon_account ALTER COLUMN next_period_end SET NOT NULL;
CREATE INDEX mon_account_due ON mon_account (next_period_end, status);
-- a council's accounts in id order: the opener reads a chunk at a time from where the last one ended
CREATE INDEX dp_account_council_id ON dp_account (council_id, id);

-- An e-mail is kept whole until it is sent, so one queued before a crash is still sent after it.
ALTER TABLE mon_notification ADD COLUMN body VARCHAR(4000);
CREATE INDEX mon_notification_queued ON mon_notification (status, id);

-- The per-account triggers and their job give way to the council cohorts (made at start-up).
DELETE FROM QRTZ_SIMPROP_TRIGGERS WHERE TRIGGER_GROUP = 'returns';
DELETE FROM QRTZ_FIRED_TRIGGERS WHERE TRIGGER_GROUP = 'returns';
DELETE FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'returns';
DELETE FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = 'open-due-return' AND JOB_GROUP = 'monitoring';

-- When a server took a queued e-mail to send: one taken by a server that then died is queued again.
ALTER TABLE mon_notification ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
