/**
 * The server's outbound adapters: persistence (JPA entities and stores that take and return domain
 * types) and scheduling (Quartz wired to the application server). May be used by application/,
 * interfaces/ and demo/; depends on the domain modules, the kernel and security's access model
 * only, never on application/ or interfaces/.
 */
package org.dpsupport.server.infrastructure;
