/**
 * The PA register's Faces pages' beans: joining, the PA's profile, the holder's needs and matches,
 * and register staff's vetting queue. Beans only translate to application/register calls.
 */
package org.dpsupport.server.interfaces.web.register;
