package org.dpsupport.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.dpsupport.server.demo.DemoData;
import org.dpsupport.server.infrastructure.persistence.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** At start-up: migrate the schema, then (demo mode only) load the demo data. */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    SchemaMigration migration;

    @Inject
    DemoData demoData;

    @Inject
    @ConfigProperty(name = "dps.demo", defaultValue = "false")
    boolean demo;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        migration.migrate();
        if (demo) {
            demoData.loadIfAbsent();
        } else {
            LOG.info("Demo data is off (set DPS_DEMO=true to load it)");
        }
    }
}
