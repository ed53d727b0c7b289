-- A notice that is about a person's sign-in rather than a direct payment (someone tried to join the
-- PA register with an address that already has an account) goes through the same outbox, with no
-- account.
ALTER TABLE mon_notification ALTER COLUMN account_id DROP NOT NULL;
