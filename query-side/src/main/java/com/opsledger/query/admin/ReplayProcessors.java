package com.opsledger.query.admin;

import com.opsledger.query.common.ReplayCopy;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processors that replay one projection each: a tracking processor of its own ({@code <projection>@replay} in the
 * token store, so a restart resumes it), with only that projection's handlers, large batches, starting from the first
 * event as a replay (handlers that must not act on replayed events see them as such), writing the copy of the read
 * model that its store builds aside.
 */
@Component
class ReplayProcessors {

    static final String SUFFIX = "@replay";

    private final ProjectionHandlers handlers;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final int batchSize;
    private final Map<String, TrackingEventProcessor> running = new ConcurrentHashMap<>();

    ReplayProcessors(ProjectionHandlers handlers, EventStore eventStore, TokenStore tokenStore,
                     TransactionManager transactions, JdbcTemplate jdbc,
                     @Value("${opsledger.processors.replay-batch-size:1000}") int batchSize) {
        this.handlers = handlers;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.batchSize = batchSize;
    }

    synchronized void start(String projection, Optional<ReadModelStore> store) {
        if (running.containsKey(projection)) {
            return;
        }
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name(projection + SUFFIX)
                .eventHandlerInvoker(handlers.invoker(projection))
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(transactions)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(batchSize)
                        .andInitialTrackingToken(source -> ReplayToken.createReplayToken(source.createHeadToken())))
                .build();
        processor.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (ReplayCopy.enter(projection)) {
                store.ifPresent(aside -> aside.useCopy(projection));
            }
            return chain.proceed();
        });
        running.put(projection, processor);
        processor.start();
    }

    boolean running(String projection) {
        return running.containsKey(projection);
    }

    /** The projections whose replay was left unfinished (by this process or another one that stopped). */
    Set<String> unfinished() {
        return Set.copyOf(jdbc.queryForList("select left(processor_name, length(processor_name) - ?) from token_entry "
                + "where processor_name like ?", String.class, SUFFIX.length(), "%" + SUFFIX));
    }

    Set<String> names() {
        return Set.copyOf(running.keySet());
    }

    StreamingEventProcessor processor(String projection) {
        return running.get(projection);
    }

    void stop(String projection) {
        TrackingEventProcessor processor = running.remove(projection);
        if (processor != null) {
            processor.shutDown();
        }
    }

    void stopAll() {
        List.copyOf(running.keySet()).forEach(this::stop);
    }

    /** Drops the replay's stored progress, once switched over or before it starts again from the first event. */
    void forget(String projection) {
        jdbc.update("delete from token_entry where processor_name = ?", projection + SUFFIX);
    }

    /** Where the (stopped) processor {@code processorName} stored its segments' tokens. */
    List<TrackingToken> storedTokens(String processorName) {
        return transactions.fetchInTransaction(() -> {
            List<TrackingToken> tokens = new ArrayList<>();
            for (int segment : tokenStore.fetchSegments(processorName)) {
                tokens.add(tokenStore.fetchToken(processorName, segment));
                tokenStore.releaseClaim(processorName, segment);
            }
            return tokens;
        });
    }

    /** Waits until the replay has handled every event that the tokens say was handled. */
    boolean awaitCovering(StreamingEventProcessor replay, List<TrackingToken> tokens, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (covers(replay.processingStatus().values(), tokens)) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static boolean covers(Collection<EventTrackerStatus> segments, List<TrackingToken> tokens) {
        if (segments.isEmpty()) {
            return false;
        }
        for (EventTrackerStatus segment : segments) {
            TrackingToken replayed = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
            for (TrackingToken token : tokens) {
                TrackingToken handled = WrappedToken.unwrapLowerBound(token);
                if (handled != null && (replayed == null || !replayed.covers(handled))) {
                    return false;
                }
            }
        }
        return true;
    }
}
