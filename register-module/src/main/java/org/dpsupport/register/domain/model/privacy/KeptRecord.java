package org.dpsupport.register.domain.model.privacy;

import java.time.LocalDate;

/** A record kept after a profile is deleted: what, why, and the day it must be deleted. */
public record KeptRecord(String record, String reason, LocalDate deleteOn) {}
