package com.opsledger.infra.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Every command the command bus handles, timed from its arrival to its commit or rollback, by command and outcome:
 * {@code opsledger.commands} with the tags {@code command} (its name), {@code outcome} ({@code success} or
 * {@code failure}) and {@code exception} (the failure's type, {@code none} on success). Its count is the rate, its
 * buckets the latency; the refusals of business rules count as failures under their exception's name.
 */
public class CommandMetrics implements MessageMonitor<Message<?>> {

    static final String NAME = "opsledger.commands";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};

    private record Key(String command, String outcome, String exception) {
    }

    /** Looked up at the first command: the command bus is built before the registry. */
    private final Supplier<MeterRegistry> registry;
    private final LongSupplier nanoTime;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    public CommandMetrics(Supplier<MeterRegistry> registry) {
        this(registry, System::nanoTime);
    }

    CommandMetrics(Supplier<MeterRegistry> registry, LongSupplier nanoTime) {
        this.registry = registry;
        this.nanoTime = nanoTime;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        long started = nanoTime.getAsLong();
        String command = message instanceof CommandMessage<?> commandMessage ? simpleName(commandMessage.getCommandName())
                : message.getPayloadType().getSimpleName();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                record(new Key(command, "success", "none"), started);
            }

            @Override
            public void reportFailure(Throwable cause) {
                record(new Key(command, "failure", cause == null ? "unknown" : cause.getClass().getSimpleName()),
                        started);
            }

            @Override
            public void reportIgnored() {
                record(new Key(command, "ignored", "none"), started);
            }
        };
    }

    private void record(Key key, long started) {
        timers.computeIfAbsent(key, this::timer).record(nanoTime.getAsLong() - started, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Key key) {
        return Timer.builder(NAME)
                .description("commands handled, from arrival to commit or rollback")
                .tag("command", key.command())
                .tag("outcome", key.outcome())
                .tag("exception", key.exception())
                .serviceLevelObjectives(BUCKETS)
                .register(registry.get());
    }

    /** A command's name is its payload's class name: the simple name reads well on a dashboard. */
    private static String simpleName(String commandName) {
        return commandName.substring(commandName.lastIndexOf('.') + 1);
    }
}
