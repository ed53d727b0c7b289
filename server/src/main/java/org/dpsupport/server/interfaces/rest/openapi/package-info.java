/**
 * The OpenAPI document's finishing: every operation's problem answers and the fields of record
 * bodies the scanner left bare. Run by MicroProfile OpenAPI (mp.openapi.filter); it reads the
 * resources of every REST package, and none of them depends on it.
 */
package org.dpsupport.server.interfaces.rest.openapi;
