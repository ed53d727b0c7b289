/**
 * Jakarta Batch jobs (job XML under META-INF/batch-jobs): large runs split into partitions and
 * chunks that call application services. Nothing depends on this package.
 */
package org.dpsupport.server.interfaces.batch;
