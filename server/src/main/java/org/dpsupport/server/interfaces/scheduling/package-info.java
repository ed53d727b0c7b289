/**
 * Timed inbound triggers: Quartz jobs fired by the application's one clustered scheduler (each
 * registers itself through infrastructure/scheduling's {@code ScheduledJob}) and managed-executor
 * timers. Each is a few lines calling an application service. Nothing depends on this package.
 */
package org.dpsupport.server.interfaces.scheduling;
