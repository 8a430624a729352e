package com.opsledger.infra.metrics;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CommandMetricsTest {

    record ShipParcelCommand(String parcelId) {
    }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong now = new AtomicLong();
    private final CommandMetrics metrics = new CommandMetrics(() -> registry, now::get);

    @Test
    void canTimeEachCommandByItsNameAndOutcome() {
        handle(ms(12), null);
        handle(ms(30), null);
        handle(ms(7), new BusinessRuleViolationException("not-enough", "not enough stock"));

        Timer succeeded = timer("success", "none");
        assertThat(succeeded.count()).isEqualTo(2);
        assertThat(succeeded.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(42);
        assertThat(succeeded.max(TimeUnit.MILLISECONDS)).isEqualTo(30);
        Timer failed = timer("failure", "BusinessRuleViolationException");
        assertThat(failed.count()).isEqualTo(1);
        assertThat(failed.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(7);
    }

    @Test
    void canCountLatencyIntoBucketsForPercentilesAcrossInstances() {
        handle(ms(3), null);
        handle(ms(400), null);

        var buckets = timer("success", "none").takeSnapshot().histogramCounts();
        assertThat(buckets).isNotEmpty();
        assertThat(buckets[0].bucket(TimeUnit.MILLISECONDS)).isEqualTo(5);
        assertThat(buckets[0].count()).isEqualTo(1);
        assertThat(buckets[buckets.length - 1].count()).isEqualTo(2);
    }

    private void handle(long nanos, Exception failure) {
        MessageMonitor.MonitorCallback callback = metrics.onMessageIngested(
                new GenericCommandMessage<>(new ShipParcelCommand("p-1")));
        now.addAndGet(nanos);
        if (failure == null) {
            callback.reportSuccess();
        } else {
            callback.reportFailure(failure);
        }
    }

    private Timer timer(String outcome, String exception) {
        return registry.get(CommandMetrics.NAME).tag("command", "CommandMetricsTest$ShipParcelCommand")
                .tag("outcome", outcome).tag("exception", exception).timer();
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
