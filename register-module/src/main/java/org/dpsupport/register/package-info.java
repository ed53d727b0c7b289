/**
 * The PA register bounded context: personal assistants' profiles and vetting, holders' needs,
 * matching and introductions with consent. Plain Java over the shared kernel; it imports no other
 * module and no Jakarta EE. The server depends on it.
 */
package org.dpsupport.register;
