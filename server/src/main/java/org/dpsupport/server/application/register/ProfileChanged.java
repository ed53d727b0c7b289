package org.dpsupport.server.application.register;

import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;

/**
 * A profile was saved or deleted: fired inside the transaction, applied to the match index only
 * once the transaction has committed. {@code profile} is null when the profile was deleted.
 */
public record ProfileChanged(PaId id, PaProfile profile) {}
