package com.opsledger.infra.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Each event processor: running or not, in error or not, its position and how many events it is behind. */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        boolean healthy = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (var processor : processing.eventProcessors().values()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", processor.isRunning());
            detail.put("error", processor.isError());
            healthy &= processor.isRunning() && !processor.isError();
            if (processor instanceof StreamingEventProcessor streaming) {
                long position = streaming.processingStatus().values().stream()
                        .map(EventTrackerStatus::getTrackingToken)
                        .mapToLong(EventProcessorsHealthIndicator::position).min().orElse(-1);
                detail.put("position", position);
                detail.put("behind", position < 0 ? head + 1 : Math.max(0, head - position));
                detail.put("replaying", streaming.isReplaying());
                streaming.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState)
                        .findFirst().ifPresent(s -> detail.put("lastError", String.valueOf(s.getError())));
            }
            details.put(processor.getName(), detail);
        }
        details.put("head", head);
        (healthy ? builder.up() : builder.down()).withDetails(details);
    }

    private static long position(TrackingToken token) {
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        return lower == null ? -1 : lower.position().orElse(-1);
    }
}
