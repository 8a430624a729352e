package com.opsledger.infra.health;

import com.opsledger.command.registry.ReferenceRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ready means ready: out of service until the start-up work is done, then up for good. That work is every start-up
 * runner (the seeded roles and the bootstrap {@code admin}: the application is ready only after all of them), the
 * database migrations applied, every event processor started, and, on a process that signs in (all or command
 * side), the {@code admin} user there to sign in as. Part of the health answer and of the readiness probe
 * ({@code /actuator/health/readiness}), so a client that waits for either can sign in at once.
 */
@Component("startup")
class StartupHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ObjectProvider<Flyway> flyway;
    private final ObjectProvider<ReferenceRegistry> registry;
    private volatile boolean runnersDone;
    private volatile boolean done;

    StartupHealthIndicator(EventProcessingConfiguration processing, ObjectProvider<Flyway> flyway,
                           ObjectProvider<ReferenceRegistry> registry) {
        this.processing = processing;
        this.flyway = flyway;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void runnersDone() {
        runnersDone = true;
    }

    @Override
    public Health health() {
        if (done) {
            return Health.up().build();
        }
        Map<String, Object> waiting = new LinkedHashMap<>();
        if (!runnersDone) {
            waiting.put("startUp", "the start-up work (seeded roles, bootstrap admin) is still running");
        }
        Flyway migrations = flyway.getIfAvailable();
        if (migrations != null && migrations.info().pending().length > 0) {
            waiting.put("migrations", migrations.info().pending().length + " pending");
        }
        List<String> stopped = new ArrayList<>();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (!processor.isRunning()) {
                stopped.add(processor.getName());
            }
        }
        if (!stopped.isEmpty()) {
            waiting.put("processorsNotStarted", stopped);
        }
        ReferenceRegistry users = registry.getIfAvailable();
        if (users != null && users.ownerOf("user.username", "admin").isEmpty()) {
            waiting.put("admin", "the bootstrap admin does not exist yet");
        }
        if (!waiting.isEmpty()) {
            return Health.outOfService().withDetails(waiting).build();
        }
        done = true;
        return Health.up().build();
    }
}
