/**
 * The database identity store behind Jakarta Security: form sign-in and HTTP Basic credentials are
 * checked by application's {@code SignInService} (salted PBKDF2, lock-out). The container calls it;
 * nothing in the server depends on this package.
 */
package org.dpsupport.server.interfaces.security;
