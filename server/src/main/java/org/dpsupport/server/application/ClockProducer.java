package org.dpsupport.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole service, in UK time, so dates and pay days follow the UK calendar. */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId UK = ZoneId.of("Europe/London");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(UK);
  }
}
