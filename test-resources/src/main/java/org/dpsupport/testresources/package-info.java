/**
 * Test support shared by the modules' and the server's tests: hostile inputs, HMRC's RTI
 * specifications and generated statement fixtures. Test scope only: no main code depends on it.
 */
package org.dpsupport.testresources;
