/** MicroProfile Health checks: live while the JVM serves, ready once the schema is migrated. */
package org.dpsupport.server.infrastructure.health;
