-- The server (its id in the cluster, as Quartz knows it) that runs a bureau run's current batch execution,
-- so another server can tell a run that is still going from one whose server died.
ALTER TABLE bureau_run ADD COLUMN batch_server VARCHAR(200);
