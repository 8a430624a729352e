package com.opsledger.query.admin;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** The event processors of this process: their progress, and a rebuild from the event store on request. */
@Component
class Projections implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final List<ReadModelStore> stores;
    private final Map<String, ReplayProgress> replays = new ConcurrentHashMap<>();
    private ScheduledExecutorService switcher;

    Projections(EventProcessingConfiguration processing, EventStore eventStore, JdbcTemplate jdbc,
                List<ReadModelStore> stores) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.stores = stores;
    }

    /** Where this projection's read model is built aside, if it is. */
    Optional<ReadModelStore> store(String name) {
        return stores.stream().filter(store -> store.owns(name)).findFirst();
    }

    /**
     * Replays that build aside switch over once caught up: the projection is paused for the switch, so no event is
     * handled in between, and started again on the new copy.
     */
    synchronized void switchOverCaughtUp() {
        restartStalledReplays();
        stores.forEach(ReadModelStore::refresh);
        for (EventProcessor processor : processing.eventProcessors().values()) {
            String name = processor.getName();
            Optional<ReadModelStore> store = store(name);
            if (store.isEmpty() || !(processor instanceof StreamingEventProcessor streaming)
                    || !store.get().replayingAside(name)) {
                continue;
            }
            if (!caughtUp(streaming)) {
                continue;
            }
            streaming.shutDown();
            try {
                store.get().switchOver(name);
                log.info("Projection {} rebuilt aside has caught up and now serves queries", name);
            } finally {
                streaming.start();
            }
        }
    }

    /**
     * A processor restarted right after being shut down can stay stopped when its last worker had not finished yet;
     * a replay must never leave a projection stopped, so one that should be replaying is started again.
     */
    private void restartStalledReplays() {
        for (String name : replays.keySet()) {
            processing.eventProcessor(name).ifPresent(processor -> {
                if (processor instanceof StreamingEventProcessor streaming && !streaming.isRunning()
                        && !streaming.isError()) {
                    log.info("Projection {} stopped during its replay; starting it again", name);
                    streaming.start();
                }
            });
        }
    }

    private static boolean caughtUp(StreamingEventProcessor streaming) {
        Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
        return streaming.isRunning() && !segments.isEmpty() && !replaying(segments) && segments.stream().allMatch(s ->
                !s.isErrorState() && s.isCaughtUp());
    }

    /**
     * Whether a segment still has to read events that were stored before its replay began. (A replay token stays a
     * replay token until an event after that point arrives, so {@code isReplaying()} alone stays true on a quiet
     * event store.)
     */
    static boolean replaying(Collection<EventTrackerStatus> segments) {
        return segments.stream().anyMatch(s -> s.isReplaying()
                && s.getCurrentPosition().orElse(-1) < s.getResetPosition().orElse(Long.MAX_VALUE));
    }

    @Override
    public void start() {
        switcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "projection-switch-over");
            thread.setDaemon(true);
            return thread;
        });
        switcher.scheduleWithFixedDelay(() -> {
            try {
                switchOverCaughtUp();
            } catch (RuntimeException e) {
                log.warn("Switching a rebuilt projection over failed; retrying: {}", e.toString());
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (switcher != null) {
            switcher.shutdownNow();
            switcher = null;
        }
    }

    @Override
    public boolean isRunning() {
        return switcher != null;
    }

    List<ProjectionView> list() {
        long head = head();
        return processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> view(processor, head))
                .toList();
    }

    ProjectionView one(String name) {
        return view(processor(name), head());
    }

    /**
     * Stops the processor, moves its tokens back to the start of the event store and starts it again. A projection
     * whose store builds aside (every PostgreSQL projection that declares its tables, and the search index) rebuilds
     * a copy while the current one keeps serving queries, and switches over once caught up; any other one is cleared
     * by its reset handler and refills in place.
     */
    synchronized ProjectionView replay(String name) {
        EventProcessor processor = processor(name);
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.supportsReset()) {
            throw new BusinessRuleViolationException("replay-not-supported",
                    "projection " + name + " cannot be replayed: it does not read the event store as a stream "
                            + "or has no reset handler");
        }
        streaming.shutDown();
        try {
            Optional<ReadModelStore> store = store(name);
            if (store.isPresent()) {
                store.get().beginReplay(name, streaming::resetTokens);
            } else {
                streaming.resetTokens();
            }
        } catch (UnableToClaimTokenException e) {
            throw new BusinessRuleViolationException("projection-in-use",
                    "projection " + name + " is being processed by another instance; stop it there and retry");
        } finally {
            streaming.start();
        }
        replays.put(name, new ReplayProgress(System.nanoTime()));
        return one(name);
    }

    EventProcessor processor(String name) {
        return processing.eventProcessor(name).orElseThrow(() -> new NotFoundException("projection", name));
    }

    long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private ProjectionView view(EventProcessor processor, long head) {
        String name = processor.getName();
        String store = name.endsWith("-postgres") ? "postgres" : name.endsWith("-elastic") ? "elasticsearch" : null;
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProjectionView(name, store, null, head, null, null,
                    processor.isError() ? "failed" : processor.isRunning() ? "live" : "stopped", null, null, null);
        }
        Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
        Long position = segments.isEmpty() ? null : segments.stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
        Long behind = position == null ? null : Math.max(0, head - position);
        Long behindSeconds = position == null ? null : secondsBetween(position, head);
        String error = segments.stream().filter(EventTrackerStatus::isErrorState).findFirst()
                .map(s -> String.valueOf(s.getError())).orElse(processor.isError() ? "the processor is in error" : null);
        if (error != null) {
            return new ProjectionView(name, store, position, head, behind, behindSeconds, "failed", null, null, error);
        }
        if (!processor.isRunning() || segments.isEmpty()) {
            return new ProjectionView(name, store, position, head, behind, behindSeconds, "stopped", null, null, null);
        }
        if (replaying(segments)) {
            ReplayProgress progress = replays.get(name);
            long target = segments.stream().mapToLong(s -> s.getResetPosition().orElse(head)).max().orElse(head);
            Long eta = progress == null || position == null ? null
                    : progress.etaSeconds(position, target, System.nanoTime());
            return new ProjectionView(name, store, position, head, behind, behindSeconds, "replaying",
                    percentDone(segments), eta, null);
        }
        if (store(name).map(aside -> aside.replayingAside(name)).orElse(false)) {
            // read to the end, about to switch over to the copy built aside
            return new ProjectionView(name, store, position, head, behind, behindSeconds, "replaying", 100.0, 0L,
                    null);
        }
        replays.remove(name);
        return new ProjectionView(name, store, position, head, behind, behindSeconds, "live", null, null, null);
    }

    /** How much older the event at {@code position} is than the head event; 0 when caught up. */
    private Long secondsBetween(long position, long head) {
        if (position >= head || position < 0) {
            return position < 0 ? null : 0L;
        }
        List<String> times = jdbc.queryForList("select time_stamp from domain_event_entry where global_index in (?, ?) "
                + "order by global_index", String.class, position, head);
        if (times.size() != 2) {
            return null;
        }
        return Math.max(0, Duration.between(Instant.parse(times.get(0)), Instant.parse(times.get(1))).toSeconds());
    }

    /** The least advanced replaying segment's share of the events that were stored when the replay began. */
    private static double percentDone(Collection<EventTrackerStatus> segments) {
        double done = 100.0;
        for (EventTrackerStatus segment : segments) {
            OptionalLong reset = segment.getResetPosition();
            if (!segment.isReplaying() || reset.isEmpty() || reset.getAsLong() <= 0) {
                continue;
            }
            long current = segment.getCurrentPosition().orElse(0);
            done = Math.min(done, Math.min(100.0, 100.0 * current / reset.getAsLong()));
        }
        return Math.round(done * 10) / 10.0;
    }
}
