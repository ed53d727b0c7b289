-- Quartz acquires due triggers with
--   ... WHERE SCHED_NAME = ? AND TRIGGER_STATE = 'WAITING' AND NEXT_FIRE_TIME <= ? ... ORDER BY NEXT_FIRE_TIME, PRIORITY DESC
-- and limits the rows on the driver side, so the database plans for every due trigger. With one
-- trigger per account, a whole quarter's triggers are due at the same instant: without this index
-- each acquisition sorts all of them (100,000 rows) to hand back the first batch.
CREATE INDEX idx_qrtz_t_acquire ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME, PRIORITY DESC);
