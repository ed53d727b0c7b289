/**
 * Application services: one per use-case family. They own the transactions, apply per-record access
 * and write the audit trail; resources and page beans only translate to and from them. Used by
 * interfaces/ and demo/; depends on the domain modules, security's access model and
 * infrastructure's stores, never on interfaces/ and (issue 11) not on JPA or JDBC.
 */
package org.dpsupport.server.application;
