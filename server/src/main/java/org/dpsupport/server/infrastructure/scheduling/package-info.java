/**
 * Scheduling plumbing shared by the server's timers: which servers of the cluster are alive ({@code
 * ClusterMembers}) and the {@code ScheduledJob} contract by which each Quartz job puts its own job
 * and standing triggers into the scheduler. The jobs themselves are inbound triggers under
 * interfaces/scheduling; this package depends on none of them.
 */
package org.dpsupport.server.infrastructure.scheduling;
