/**
 * The personal assistant's profile: what they offer (areas, weekly availability, skills, languages,
 * rate, a short text), their contact details and where they stand in vetting. Budget holders only
 * ever see the {@link org.dpsupport.register.domain.model.profile.PublicProfile}.
 */
package org.dpsupport.register.domain.model.profile;
