package com.opsledger.query.admin;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The projections of this process, their progress, and a rebuild from the event store on request.
 * <p>
 * Projections share a few processors ({@code read-models-postgres}, {@code read-models-elastic}, the process
 * managers), so each reports the progress of the processor it runs in. A replay rebuilds one projection in a
 * processor of its own ({@link ReplayProcessors}) into a copy of its read model built aside, while the shared
 * processor keeps the served copy current; once the replay has caught up, the shared processor pauses, the replay
 * passes the point where it stopped, and the copy replaces the served read model.
 */
@Component
class Projections implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);
    private static final long SWITCH_WAIT_MILLIS = 10_000;
    /** The processor of the processes, which act on records: never replayed. */
    private static final String PROCESS_MANAGERS = "process-managers";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final List<ReadModelStore> stores;
    private final ProjectionHandlers handlers;
    private final ReplayProcessors replayProcessors;
    private final Map<String, ReplayProgress> progress = new ConcurrentHashMap<>();
    /** Shared processors paused for a switch-over, until they are seen running again. */
    private final Set<StreamingEventProcessor> paused = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService switcher;

    Projections(EventProcessingConfiguration processing, EventStore eventStore, JdbcTemplate jdbc,
                List<ReadModelStore> stores, ProjectionHandlers handlers, ReplayProcessors replayProcessors) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.stores = stores;
        this.handlers = handlers;
        this.replayProcessors = replayProcessors;
    }

    /** Where this projection's read model is built aside, if it is. */
    Optional<ReadModelStore> store(String name) {
        return stores.stream().filter(store -> store.owns(name)).findFirst();
    }

    /**
     * Resumes replays that a stopped process left unfinished, and switches those that have caught up over to their
     * copy: the shared processor is paused, the replay reads up to (at least) where the shared processor stopped, and
     * the copy replaces the served read model; the shared processor then goes on from where it stopped, and the few
     * events the copy already has are applied again, which changes nothing (every projection is idempotent).
     */
    synchronized void switchOverCaughtUp() {
        restartPaused();
        stores.forEach(ReadModelStore::refresh);
        Set<String> unfinished = replayProcessors.unfinished();
        for (String name : handlers.names()) {
            if (!replayProcessors.running(name) && (unfinished.contains(name)
                    || store(name).map(store -> store.replayingAside(name)).orElse(false))) {
                log.info("Projection {} was being replayed; resuming the replay", name);
                replayProcessors.start(name, store(name));
            }
        }
        Map<StreamingEventProcessor, List<String>> ready = new LinkedHashMap<>();
        for (String name : replayProcessors.names()) {
            if (caughtUp(replayProcessors.processor(name))) {
                ready.computeIfAbsent(shared(name), p -> new ArrayList<>()).add(name);
            }
        }
        ready.forEach(this::switchOver);
    }

    /**
     * Switches the caught-up replays of one shared processor over in one pause of it. A processor started right after
     * being shut down can stay stopped while its last worker winds down, so the ones paused here are started again
     * on every round until they run.
     */
    private void switchOver(StreamingEventProcessor shared, List<String> names) {
        shared.shutDown();
        paused.add(shared);
        try {
            List<TrackingToken> stoppedAt = replayProcessors.storedTokens(shared.getName());
            for (String name : names) {
                if (!replayProcessors.awaitCovering(replayProcessors.processor(name), stoppedAt, SWITCH_WAIT_MILLIS)) {
                    log.info("Projection {}'s replay has not yet passed its processor; switching over later", name);
                    continue;
                }
                replayProcessors.stop(name);
                store(name).ifPresent(store -> store.switchOver(name));
                replayProcessors.forget(name);
                progress.remove(name);
                log.info("Projection {} rebuilt aside has caught up and now serves queries", name);
            }
        } finally {
            shared.start();
        }
    }

    private void restartPaused() {
        for (StreamingEventProcessor processor : List.copyOf(paused)) {
            if (processor.isRunning() && !processor.processingStatus().isEmpty()) {
                paused.remove(processor);
            } else if (!processor.isRunning() && !processor.isError()) {
                log.info("Processor {} stopped after a switch-over; starting it again", processor.getName());
                processor.start();
            }
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
        replayProcessors.stopAll();
    }

    @Override
    public boolean isRunning() {
        return switcher != null;
    }

    List<ProjectionView> list() {
        long head = head();
        Map<Long, Long> secondsBehind = new HashMap<>();
        Map<String, Long> parked = parked();
        return handlers.names().stream().map(name -> view(name, head, secondsBehind)
                .withParked(parked.getOrDefault(name, 0L))).toList();
    }

    ProjectionView one(String name) {
        return view(known(name), head(), new HashMap<>()).withParked(parked().getOrDefault(name, 0L));
    }

    /** How many events each projection has parked (and not dropped). */
    private Map<String, Long> parked() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select projection, count(*) from parked_event where dropped_at is null group by projection",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Rebuilds one projection from the first event in a processor of its own. A projection whose store builds aside
     * (every PostgreSQL projection that declares its tables, and the stock search index) rebuilds a copy while the
     * served one stays current, and switches over once caught up; any other one is cleared by its reset handler and
     * refilled in place while its shared processor goes on.
     */
    synchronized ProjectionView replay(String name) {
        StreamingEventProcessor shared = shared(known(name));
        if (PROCESS_MANAGERS.equals(shared.getName()) || !handlers.replayable(name)) {
            throw new BusinessRuleViolationException("replay-not-supported", "projection " + name
                    + " cannot be replayed: it acts on records or sends messages rather than keeping a read model");
        }
        if (shared.processingStatus().isEmpty()) {
            throw new BusinessRuleViolationException("projection-in-use",
                    "projection " + name + " is being processed by another instance; replay it there");
        }
        replayProcessors.stop(name);
        replayProcessors.forget(name);
        Optional<ReadModelStore> store = store(name);
        Runnable reset = () -> handlers.invoker(name).performReset();
        if (store.isPresent()) {
            store.get().beginReplay(name, reset);
        } else {
            reset.run();
        }
        replayProcessors.start(name, store);
        progress.put(name, new ReplayProgress(System.nanoTime()));
        return one(name);
    }

    /** Whether the projection is being rebuilt by a replay. */
    boolean replaying(String name) {
        return replayProcessors.running(name) || store(name).map(s -> s.replayingAside(name)).orElse(false);
    }

    String known(String name) {
        if (!handlers.names().contains(name)) {
            throw new NotFoundException("projection", name);
        }
        return name;
    }

    /** The processor the projection runs in, shared with others of its store. */
    StreamingEventProcessor shared(String name) {
        EventProcessor processor = processing.eventProcessorByProcessingGroup(name)
                .orElseThrow(() -> new NotFoundException("projection", name));
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            throw new BusinessRuleViolationException("replay-not-supported",
                    "projection " + name + " does not read the event store as a stream");
        }
        return streaming;
    }

    long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** {@code secondsBehind}: what the call has already read, as projections share their processors' positions. */
    private ProjectionView view(String name, long head, Map<Long, Long> secondsBehind) {
        String store = name.endsWith("-postgres") ? "postgres" : name.endsWith("-elastic") ? "elasticsearch" : null;
        EventProcessor processor = processing.eventProcessorByProcessingGroup(name).orElse(null);
        String processorName = processor == null ? null : processor.getName();
        if (replayProcessors.running(name)) {
            StreamingEventProcessor replay = replayProcessors.processor(name);
            Collection<EventTrackerStatus> segments = replay.processingStatus().values();
            Long position = position(segments);
            Long behind = position == null ? null : Math.max(0, head - position);
            String error = error(replay, segments);
            if (error != null) {
                return new ProjectionView(name, store, processorName, position, head, behind,
                        secondsBehind(position, head, secondsBehind), "failed", null, null, error);
            }
            if (replaying(segments)) {
                long target = segments.stream().mapToLong(s -> s.getResetPosition().orElse(head)).max().orElse(head);
                ReplayProgress started = progress.get(name);
                Long eta = started == null || position == null ? null
                        : started.etaSeconds(position, target, System.nanoTime());
                return new ProjectionView(name, store, processorName, position, head, behind,
                        secondsBehind(position, head, secondsBehind), "replaying", percentDone(segments), eta, null);
            }
            // read to the end, about to switch over to the copy built aside
            return new ProjectionView(name, store, processorName, position, head, behind,
                    secondsBehind(position, head, secondsBehind), "replaying", 100.0, 0L, null);
        }
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            String state = processor == null ? "stopped" : processor.isError() ? "failed"
                    : processor.isRunning() ? "live" : "stopped";
            return new ProjectionView(name, store, processorName, null, head, null, null, state, null, null, null);
        }
        Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
        Long position = position(segments);
        Long behind = position == null ? null : Math.max(0, head - position);
        Long behindSeconds = secondsBehind(position, head, secondsBehind);
        String error = error(processor, segments);
        if (error != null) {
            return new ProjectionView(name, store, processorName, position, head, behind, behindSeconds, "failed",
                    null, null, error);
        }
        if (!processor.isRunning() || segments.isEmpty()) {
            return new ProjectionView(name, store, processorName, position, head, behind, behindSeconds, "stopped",
                    null, null, null);
        }
        if (store(name).map(aside -> aside.replayingAside(name)).orElse(false)) {
            // another process is rebuilding it aside
            return new ProjectionView(name, store, processorName, position, head, behind, behindSeconds,
                    "replaying", null, null, null);
        }
        return new ProjectionView(name, store, processorName, position, head, behind, behindSeconds, "live", null,
                null, null);
    }

    private static Long position(Collection<EventTrackerStatus> segments) {
        return segments.isEmpty() ? null : segments.stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    private static String error(EventProcessor processor, Collection<EventTrackerStatus> segments) {
        return segments.stream().filter(EventTrackerStatus::isErrorState).findFirst()
                .map(s -> String.valueOf(s.getError())).orElse(processor.isError() ? "the processor is in error" : null);
    }

    private Long secondsBehind(Long position, long head, Map<Long, Long> read) {
        if (position == null) {
            return null;
        }
        if (!read.containsKey(position)) {
            read.put(position, secondsBetween(position, head));
        }
        return read.get(position);
    }

    /** How much older the event at {@code position} is than the head event; 0 when caught up. */
    private Long secondsBetween(Long position, long head) {
        if (position == null || position < 0) {
            return null;
        }
        if (position >= head) {
            return 0L;
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
