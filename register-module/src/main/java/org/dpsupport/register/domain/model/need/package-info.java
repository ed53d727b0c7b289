/**
 * A budget holder's need for a PA: area, the weekly slots wanted, required and preferred skills,
 * preferences and the most they can pay. Matching reads needs; hiring takes the hired PA off the
 * need and removes the slots they took.
 */
package org.dpsupport.register.domain.model.need;
