package org.dpsupport.server.interfaces.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Logger;
import org.dpsupport.server.demo.DemoDataSet;
import org.dpsupport.server.infrastructure.persistence.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up: migrate the schema, then (demo mode only) load the demo data. The service reports
 * ready ({@code /health/ready}) only once both are done.
 */
@ApplicationScoped
public class Startup {

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Inject SchemaMigration migration;

  @Inject @Any Instance<DemoDataSet> demoSets;

  @Inject
  @ConfigProperty(name = "dps.demo", defaultValue = "false")
  boolean demo;

  private volatile boolean complete;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    migration.migrate();
    if (demo) {
      demoSets.stream()
          .sorted(Comparator.comparingInt(DemoDataSet::order))
          .forEach(DemoDataSet::loadIfAbsent);
    } else {
      LOG.info("Demo data is off (set DPS_DEMO=true to load it)");
    }
    complete = true;
  }

  /** Whether the schema is migrated and the demo data (if any) loaded. */
  public boolean isComplete() {
    return complete;
  }
}
