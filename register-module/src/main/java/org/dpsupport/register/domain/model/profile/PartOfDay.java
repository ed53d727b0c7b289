package org.dpsupport.register.domain.model.profile;

import java.time.LocalTime;

/**
 * The five parts of a day in the availability grid. Chosen to fit the calls PAs work: getting up
 * (early morning), daytime support, teatime and bedtime (evening) and waking or sleeping nights. A
 * night slot starts on its day at 21:00 and ends at 07:00 the next morning.
 */
public enum PartOfDay {
  EARLY_MORNING("early morning", LocalTime.of(7, 0), LocalTime.of(10, 0)),
  MORNING("morning", LocalTime.of(10, 0), LocalTime.of(13, 0)),
  AFTERNOON("afternoon", LocalTime.of(13, 0), LocalTime.of(17, 0)),
  EVENING("evening", LocalTime.of(17, 0), LocalTime.of(21, 0)),
  NIGHT("night", LocalTime.of(21, 0), LocalTime.of(7, 0));

  private final String label;
  private final LocalTime starts;
  private final LocalTime ends;

  PartOfDay(String label, LocalTime starts, LocalTime ends) {
    this.label = label;
    this.starts = starts;
    this.ends = ends;
  }

  public String label() {
    return label;
  }

  public LocalTime starts() {
    return starts;
  }

  /** When the slot ends; for {@link #NIGHT} this is the next morning. */
  public LocalTime ends() {
    return ends;
  }
}
