/**
 * HMRC's RTI specifications as the tests use them: the GovTalk envelope and FPS/EPS schemas of each
 * tax year and HMRC's FPS business rules, from {@code ../shared/specs}, so the payroll module's
 * message tests and the server's integration tests check messages the same way.
 */
package org.dpsupport.testresources.rti;
