package org.dpsupport.server.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

@Liveness
@ApplicationScoped
public class ServiceLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    // Live unless the heap is all but exhausted: then a restart is the cure.
    boolean up = used < runtime.maxMemory() * 0.95;
    return HealthCheckResponse.named("heap")
        .status(up)
        .withData("usedBytes", used)
        .withData("maxBytes", runtime.maxMemory())
        .build();
  }
}
