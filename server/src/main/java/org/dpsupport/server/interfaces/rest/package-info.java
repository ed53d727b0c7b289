/**
 * The versioned REST API under /api/v1, described by MicroProfile OpenAPI at /openapi. Resources
 * only translate JSON to application-service calls; records are the wire format.
 */
package org.dpsupport.server.interfaces.rest;
