/**
 * The monitoring officer's case on an account: what an officer can do about it, where each action
 * stands, and how a case ends. Plain Java, stored by the server as the names of these enums.
 */
package org.dpsupport.monitoring.domain.model.cases;
