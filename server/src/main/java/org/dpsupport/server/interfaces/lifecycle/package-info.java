/**
 * What runs as the application starts: the schema migration, then (demo mode only) the demo data,
 * after which the service reports ready. Used by interfaces/health; depends on
 * infrastructure/persistence and demo.
 */
package org.dpsupport.server.interfaces.lifecycle;
