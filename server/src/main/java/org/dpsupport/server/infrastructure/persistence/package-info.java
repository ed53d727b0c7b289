/**
 * JPA entities, the stores over them that the application services use (users, accounts, the audit
 * trail), the money converter and the schema migration. Flyway owns the schema (db/migration);
 * EclipseLink maps these entities onto it and never generates DDL. Depends on the domain modules
 * and security's access model only.
 */
package org.dpsupport.server.infrastructure.persistence;
