package com.opsledger.infra.consistency;

import com.opsledger.command.web.ReadYourWrites;
import com.opsledger.infra.axon.ProcessorProgress;
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

import org.axonframework.eventhandling.AbstractEventProcessor;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Holds a command's answer until every PostgreSQL read model processor (named {@code *-postgres}; all PostgreSQL read
 * models share one) that handles one of the command's events has passed the command's last event, so a client that
 * reads right after it writes sees its own change. Where the processor runs in this process its live status is read,
 * and the wait is woken by {@link ProcessorProgress} each time a processor moves on; a command none of whose events a
 * read model handles waits for nothing. Where the read models run in a query-side process, their stored tokens are
 * polled.
 */
@Component
class ReadModelCatchUp implements ReadYourWrites {

    static final String READ_MODEL_SUFFIX = "-postgres";
    /** How many of an aggregate's latest events are read to find those of the command just handled. */
    static final int COMMAND_EVENTS_SCANNED = 64;
    private static final long MAX_UNSIGNALLED_WAIT_NANOS = 20_000_000;

    private record StoredEvent(long globalIndex, String payloadType, String transaction) {
    }

    private final Map<String, Boolean> handlerCache = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Serializer serializer;
    private final Duration timeout;
    private final ProcessorProgress progress;

    ReadModelCatchUp(JdbcTemplate jdbc, EventStore eventStore, EventProcessingConfiguration processing,
                     Serializer serializer, @Value("${opsledger.consistency.timeout:5s}") Duration timeout,
                     ProcessorProgress progress) {
        this.progress = progress;
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.processing = processing;
        this.serializer = serializer;
        this.timeout = timeout;
    }

    @Override
    public boolean awaitReadModels(String aggregateId) {
        // The aggregate's latest events, newest first; those stored by the same transaction as the newest one (same
        // xmin) are the command's events.
        List<StoredEvent> last = jdbc.query("select global_index, payload_type, xmin::text from domain_event_entry "
                        + "where aggregate_identifier = ? order by sequence_number desc limit " + COMMAND_EVENTS_SCANNED,
                (rs, row) -> new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3)), aggregateId);
        long index;
        Set<String> types = null;
        if (!last.isEmpty()) {
            index = last.get(0).globalIndex();
            String transaction = last.get(0).transaction();
            List<StoredEvent> command = last.stream().takeWhile(e -> e.transaction().equals(transaction)).toList();
            // a command that stored more events than were read: wait for every projection
            types = command.size() < COMMAND_EVENTS_SCANNED
                    ? command.stream().map(StoredEvent::payloadType).collect(Collectors.toSet()) : null;
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
        List<StreamingEventProcessor> local = localReadModelProcessors();
        if (local.isEmpty()) {
            return awaitStoredTokens(index, deadline);
        }
        List<StreamingEventProcessor> waitFor = handlingAny(local, types);
        while (true) {
            long seen = progress.generation();
            if (localProcessorsPassed(waitFor, index)) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                // woken when a processor moves on; the bound only covers processors that do not signal (pooled)
                progress.awaitProgress(seen, Math.min(left, MAX_UNSIGNALLED_WAIT_NANOS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Where the read models run in another process, their stored tokens are polled. */
    private boolean awaitStoredTokens(long index, long deadline) {
        long pauseNanos = 200_000;
        while (!storedTokensPassed(index)) {
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

    /** The processors that handle one of {@code types}; all of them where the types are not known (null). */
    List<StreamingEventProcessor> handlingAny(List<StreamingEventProcessor> processors, Set<String> types) {
        return types == null ? processors
                : processors.stream().filter(p -> types.stream().anyMatch(type -> handles(p, type))).toList();
    }

    /** Whether the processor has a handler for the payload type; true where that cannot be told. */
    private boolean handles(StreamingEventProcessor processor, String payloadType) {
        return handlerCache.computeIfAbsent(processor.getName() + '\u0000' + payloadType, key -> {
            if (!(processor instanceof AbstractEventProcessor withHandlers)) {
                return true;
            }
            try {
                Class<?> type = Class.forName(payloadType, false, ReadModelCatchUp.class.getClassLoader());
                return withHandlers.eventHandlerInvoker().canHandleType(type);
            } catch (ClassNotFoundException | LinkageError e) {
                return true;
            }
        });
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
