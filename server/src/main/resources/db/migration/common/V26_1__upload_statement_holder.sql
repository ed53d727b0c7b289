-- The account holder's name printed on an uploaded statement, checked against the direct payment's
-- recipient when it is uploaded (a statement in another person's name is refused with the reason).
ALTER TABLE mon_upload ADD COLUMN statement_holder VARCHAR(200);
