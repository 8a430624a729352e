package com.opsledger.command.storagelocation;

import com.opsledger.kernel.storagelocation.CheckSensorSilenceCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The scheduled check for silent sensors: each sensor known at a location whose last reading is older than
 * {@code opsledger.cold-chain.sensor-silence} is reported to its location, which raises its silence once. It runs
 * every {@code opsledger.cold-chain.sensor-silence-check-interval} (default 1 minute; 0: never on a timer). Several
 * processes may run it at once: a location raises a sensor's silence only once.
 */
@Component
public class SensorSilenceCheck implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SensorSilenceCheck.class);

    private final JdbcSensorReadings readings;
    private final CommandGateway commands;
    private final ColdChainSettings settings;
    private final Duration interval;
    private final Clock clock = Clock.systemUTC();
    private volatile ScheduledExecutorService timer;
    private volatile boolean running;

    SensorSilenceCheck(JdbcSensorReadings readings, CommandGateway commands, ColdChainSettings settings,
                       @Value("${opsledger.cold-chain.sensor-silence-check-interval:1m}") Duration interval) {
        this.readings = readings;
        this.commands = commands;
        this.settings = settings;
        this.interval = interval;
    }

    /** Checks every location's sensors now; answers how many locations had a sensor silent too long. */
    public int check() {
        Instant now = clock.instant();
        Map<String, Map<String, Instant>> silent = readings.lastHeardBefore(now.minus(settings.sensorSilence()));
        silent.forEach((storageLocationId, sensors) -> {
            try {
                commands.sendAndWait(new CheckSensorSilenceCommand(storageLocationId, sensors, now));
            } catch (RuntimeException refused) {
                log.warn("Could not check the sensors of storage location {} for silence: {}", storageLocationId,
                        refused.getMessage());
            }
        });
        return silent.size();
    }

    @Override
    public void start() {
        running = true;
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sensor-silence-check");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::checkOnTimer, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        timer = started;
    }

    private void checkOnTimer() {
        try {
            check();
        } catch (RuntimeException failed) {
            log.warn("The sensor silence check failed; it runs again in {}", interval, failed);
        }
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService started = timer;
        timer = null;
        if (started != null) {
            started.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After Axon's command handling is ready, before the deadline scheduler. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }
}
