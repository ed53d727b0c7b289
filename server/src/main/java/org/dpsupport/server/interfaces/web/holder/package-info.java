/**
 * The budget holder's own pages' beans: their home page, their PAs' timesheets and their returns.
 * Beans only translate form fields into application-service calls; nothing depends on them.
 */
package org.dpsupport.server.interfaces.web.holder;
