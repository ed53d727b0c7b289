package org.dpsupport.register.domain.model.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpsupport.register.domain.model.introduction.IntroductionId;
import org.dpsupport.register.domain.model.profile.PaId;

/**
 * What deleting a PA's profile does: what is erased now, what must be kept (and until when, and
 * why), which open introductions end, and where the employment record lives if the PA was hired.
 * The server carries it out and can show it to the PA as the answer to their request.
 *
 * @param paId the profile deleted
 * @param erasedOn the day of the deletion
 * @param erased what is erased now, in plain English
 * @param kept what is kept, why, and until when
 * @param introductionsToWithdraw open introductions the server must withdraw
 * @param employmentRecordNote where the employment record lives, when the PA was hired through the
 *     register
 */
public record ProfileErasure(
    PaId paId,
    LocalDate erasedOn,
    List<String> erased,
    List<KeptRecord> kept,
    List<IntroductionId> introductionsToWithdraw,
    Optional<String> employmentRecordNote) {
  public ProfileErasure {
    erased = List.copyOf(erased);
    kept = List.copyOf(kept);
    introductionsToWithdraw = List.copyOf(introductionsToWithdraw);
  }
}
