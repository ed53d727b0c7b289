/**
 * MicroProfile Health checks, called by the platform and load balancers: live while the JVM has
 * heap to serve; ready once the database answers, the schema is migrated, start-up work is done and
 * the return scheduler has started. Reads application state; nothing depends on this package.
 */
package org.dpsupport.server.interfaces.health;
