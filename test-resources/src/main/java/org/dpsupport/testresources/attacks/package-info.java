/** Hostile inputs for the tests that prove the service refuses them quickly and safely. */
package org.dpsupport.testresources.attacks;
