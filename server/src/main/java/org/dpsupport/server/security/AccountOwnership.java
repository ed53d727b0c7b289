package org.dpsupport.server.security;

import java.util.Optional;

/** The facts about a direct-payment account that decide who may see it. */
public record AccountOwnership(
    long holderUserId, Optional<Long> nomineeUserId, long councilId, Optional<Long> agencyId) {}
