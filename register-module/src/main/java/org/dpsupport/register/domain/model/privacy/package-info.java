/**
 * Privacy: what deleting a profile erases and what the council must keep, for how long and why. The
 * retention rules are council data in {@code register/retention-policy.json}; hiding a profile is
 * {@link org.dpsupport.register.domain.model.profile.PaProfile#hide()}.
 */
package org.dpsupport.register.domain.model.privacy;
