/**
 * Who may see what, and the web's security plumbing. The access model (roles, the {@code Viewer},
 * account ownership, {@link org.dpsupport.server.security.AccessPolicy}) is used by every layer;
 * the authentication mechanism and the filters (CSRF, HTTPS only, secure cookies, security headers)
 * guard each request. Depends on no other server package: the signed-in person is found through
 * {@code Callers}, which persistence implements.
 */
package org.dpsupport.server.security;
