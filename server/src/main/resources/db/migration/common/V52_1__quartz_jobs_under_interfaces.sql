-- The Quartz jobs moved from infrastructure/scheduling to interfaces/scheduling (inbound triggers
-- sit with the pages, REST and batch): the job store names each stored job by its class, so the
-- stored names follow the classes. Triggers name their job by key only.
UPDATE QRTZ_JOB_DETAILS
   SET JOB_CLASS_NAME = 'org.dpsupport.server.interfaces.scheduling.monitoring.OpenDueReturnsJob'
 WHERE JOB_CLASS_NAME = 'org.dpsupport.server.infrastructure.scheduling.monitoring.OpenDueReturnsJob';
UPDATE QRTZ_JOB_DETAILS
   SET JOB_CLASS_NAME = 'org.dpsupport.server.interfaces.scheduling.monitoring.ReturnDeadlinesJob'
 WHERE JOB_CLASS_NAME = 'org.dpsupport.server.infrastructure.scheduling.monitoring.ReturnDeadlinesJob';
UPDATE QRTZ_JOB_DETAILS
   SET JOB_CLASS_NAME = 'org.dpsupport.server.interfaces.scheduling.payroll.YearEndP60Job'
 WHERE JOB_CLASS_NAME = 'org.dpsupport.server.infrastructure.scheduling.payroll.YearEndP60Job';
