/**
 * The PA register's use cases: profiles and vetting, needs and matching with register-module's
 * `Matcher`, introductions with consent, hire into payroll, and the nightly vetting sweep. Owns the
 * transactions, access checks and audit. Called by interfaces/ only; stores through
 * infrastructure/persistence/register.
 */
package org.dpsupport.server.application.register;
