-- The flags an officer's action answers (a question about a flag, an explanation accepted for
-- two of them, a case closed), and why a surplus recovery asks for more than the surplus shown.
CREATE TABLE mon_case_action_flag (
    action_id  BIGINT NOT NULL REFERENCES mon_case_action (id),
    flag_id    BIGINT NOT NULL REFERENCES mon_flag (id),
    PRIMARY KEY (action_id, flag_id)
);
CREATE INDEX mon_case_action_flag_flag ON mon_case_action_flag (flag_id);
ALTER TABLE mon_case_action ADD COLUMN outcome VARCHAR(20);
ALTER TABLE mon_case_action ADD COLUMN over_surplus_reason VARCHAR(2000);
