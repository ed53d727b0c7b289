/**
 * People and how to reach them: contact details (never shown by default), postal addresses and the
 * actor who did something. Kept apart so the rules about who may see contact details live in one
 * place.
 */
package org.dpsupport.register.domain.model.people;
