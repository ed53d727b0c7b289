/**
 * The register's domain model: one sub-package per business idea (PA profiles, vetting, needs,
 * introductions, privacy). Everything here is plain, immutable Java so the rules unit-test in
 * milliseconds; the server maps it to pages, the REST API and the database.
 */
package org.dpsupport.register.domain.model;
