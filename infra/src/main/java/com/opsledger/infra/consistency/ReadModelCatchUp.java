package com.opsledger.infra.consistency;

import com.opsledger.command.web.ReadYourWrites;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Holds a command's answer until every PostgreSQL projection (processors named {@code *-postgres}) has handled the
 * command's last event, so a client that reads right after it writes sees its own change. Where the projections run
 * in this process their live status is read; where they run in a query-side process, their stored tokens.
 */
@Component
class ReadModelCatchUp implements ReadYourWrites {

    static final String READ_MODEL_SUFFIX = "-postgres";

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Serializer serializer;
    private final Duration timeout;

    ReadModelCatchUp(JdbcTemplate jdbc, EventStore eventStore, EventProcessingConfiguration processing,
                     Serializer serializer, @Value("${opsledger.consistency.timeout:5s}") Duration timeout) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.processing = processing;
        this.serializer = serializer;
        this.timeout = timeout;
    }

    @Override
    public boolean awaitReadModels(String aggregateId) {
        List<Long> last = jdbc.queryForList("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number desc limit 1", Long.class, aggregateId);
        long index;
        if (!last.isEmpty()) {
            index = last.get(0);
        } else {
            // Not in the PostgreSQL event table (the events live in Axon Server): wait for everything stored so far,
            // which includes the command's events, as it has already been committed.
            TrackingToken headToken = eventStore.createHeadToken();
            OptionalLong head = headToken == null ? OptionalLong.empty() : headToken.position();
            if (head.isEmpty() || head.getAsLong() < 0) {
                return true;
            }
            index = head.getAsLong();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long pauseNanos = 200_000;
        List<StreamingEventProcessor> local = localReadModelProcessors();
        while (!(local.isEmpty() ? storedTokensPassed(index) : localProcessorsPassed(local, index))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(pauseNanos);
            pauseNanos = Math.min(pauseNanos * 2, 10_000_000);
        }
        return true;
    }

    private List<StreamingEventProcessor> localReadModelProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(p -> p.getName().endsWith(READ_MODEL_SUFFIX))
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private static boolean localProcessorsPassed(List<StreamingEventProcessor> processors, long index) {
        for (StreamingEventProcessor processor : processors) {
            Collection<EventTrackerStatus> segments = processor.processingStatus().values();
            if (segments.isEmpty()) {
                return false;
            }
            for (EventTrackerStatus status : segments) {
                if (!passed(status.getTrackingToken(), index)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean storedTokensPassed(long index) {
        List<TrackingToken> tokens = jdbc.query("select token, token_type from token_entry where processor_name like ?",
                (rs, row) -> rs.getBytes(1) == null ? null : serializer.deserialize(
                        new SimpleSerializedObject<>(rs.getBytes(1), byte[].class, rs.getString(2), null)),
                "%" + READ_MODEL_SUFFIX);
        return tokens.stream().allMatch(token -> passed(token, index));
    }

    static boolean passed(TrackingToken token, long index) {
        TrackingToken position = WrappedToken.unwrapLowerBound(token);
        if (position == null || position.position().orElse(-1) < index) {
            return false;
        }
        return !(position instanceof GapAwareTrackingToken gapAware) || !gapAware.getGaps().contains(index);
    }
}
