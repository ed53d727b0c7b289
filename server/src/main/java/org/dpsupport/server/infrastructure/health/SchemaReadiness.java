package org.dpsupport.server.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dpsupport.server.application.Startup;
import org.dpsupport.server.infrastructure.persistence.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

  @Inject SchemaMigration migration;

  @Inject Startup startup;

  /** Ready once the schema is migrated and start-up (demo data included, when on) has finished. */
  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database-schema")
        .status(migration.isComplete() && startup.isComplete())
        .withData("schema", migration.isComplete())
        .withData("started", startup.isComplete())
        .build();
  }
}
