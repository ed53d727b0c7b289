/**
 * The PA register's store: profiles, vetting, needs, introductions and hires in plain JDBC
 * (`RegisterStore`), taking and returning register-module's domain types. Used by
 * application/register only; depends on register-module and the data source.
 */
package org.dpsupport.server.infrastructure.persistence.register;
