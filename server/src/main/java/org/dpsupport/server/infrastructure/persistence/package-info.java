/**
 * JPA entities and the schema migration. Flyway owns the schema (db/migration); EclipseLink maps
 * these entities onto it and never generates DDL.
 */
package org.dpsupport.server.infrastructure.persistence;
