/**
 * Who may sign in and what each person may see. Form sign-in for pages and HTTP Basic for API
 * clients go through one authentication mechanism and one database identity store with salted
 * PBKDF2 hashes and lock-out; {@link org.dpsupport.server.security.AccessPolicy} decides per
 * record.
 */
package org.dpsupport.server.security;
