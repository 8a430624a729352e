package com.opsledger.query.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.common.LimitReachedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open live streams of this process: at most {@code max-connections-per-user} per user, all fed by one
 * {@link EventStoreTail} (started with the first stream), written by a few sender threads, kept alive by heartbeats
 * and closed after their time.
 */
@Component
class LiveStreams {

    private static final int SENDERS = 4;

    private final JdbcTemplate jdbc;
    private final LiveStreamSettings settings;
    private final RecordOwners owners;
    private final EventStoreTail tail;
    private final ExecutorService senders;
    private final ScheduledExecutorService timers;
    private final Set<LiveConnection> open = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> perUser = new ConcurrentHashMap<>();

    LiveStreams(JdbcTemplate jdbc, ObjectMapper json,
                @Value("${opsledger.stream.heartbeat:15s}") Duration heartbeat,
                @Value("${opsledger.stream.max-duration:5m}") Duration maxDuration,
                @Value("${opsledger.stream.buffer:1000}") int buffer,
                @Value("${opsledger.stream.max-connections-per-user:5}") int maxConnectionsPerUser,
                @Value("${opsledger.stream.poll:250ms}") Duration poll,
                @Value("${opsledger.stream.gap-wait:2s}") Duration gapWait,
                @Value("${opsledger.stream.max-catch-up:10000}") int maxCatchUp) {
        this.jdbc = jdbc;
        this.settings = new LiveStreamSettings(heartbeat, maxDuration, Math.max(1, buffer),
                Math.max(1, maxConnectionsPerUser), poll, gapWait, Math.max(1, maxCatchUp));
        this.owners = new RecordOwners(jdbc, json);
        this.tail = new EventStoreTail(jdbc, settings);
        this.senders = Executors.newFixedThreadPool(SENDERS, daemon("live-stream-sender"));
        this.timers = Executors.newSingleThreadScheduledExecutor(daemon("live-stream-timer"));
        long every = Math.max(100, heartbeat.toMillis());
        timers.scheduleAtFixedRate(() -> open.forEach(LiveConnection::heartbeat), every, every, TimeUnit.MILLISECONDS);
    }

    LiveStreamSettings settings() {
        return settings;
    }

    /** A new stream for the caller, resuming after {@code after} when given; 429 beyond the caller's open streams. */
    SseEmitter open(Caller caller, Long after) {
        AtomicInteger held = perUser.computeIfAbsent(caller.userId(), id -> new AtomicInteger());
        if (held.incrementAndGet() > settings.maxConnectionsPerUser()) {
            held.decrementAndGet();
            throw new LimitReachedException("streams-per-user", "at most " + settings.maxConnectionsPerUser()
                    + " live streams may be open per user; close one first", 5);
        }
        SseEmitter emitter = new SseEmitter(settings.maxDuration().plusSeconds(30).toMillis());
        LiveConnection connection = new LiveConnection(caller, emitter, after, senders, jdbc, owners, settings);
        Runnable release = new Runnable() {
            private final java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();

            @Override
            public void run() {
                if (once.compareAndSet(false, true)) {
                    tail.leave(connection);
                    open.remove(connection);
                    held.decrementAndGet();
                }
            }
        };
        emitter.onCompletion(release);
        emitter.onTimeout(release);
        emitter.onError(e -> release.run());
        try {
            emitter.send(SseEmitter.event().comment("open").reconnectTime(1000));
        } catch (IOException e) {
            release.run();
            throw new java.io.UncheckedIOException(e);
        }
        open.add(connection);
        tail.start();
        connection.joined(tail.listen(connection));
        timers.schedule(() -> connection.close(LiveConnection.MAX_DURATION), settings.maxDuration().toMillis(),
                TimeUnit.MILLISECONDS);
        return emitter;
    }

    int open() {
        return open.size();
    }

    @PreDestroy
    void stop() {
        tail.stop();
        timers.shutdownNow();
        senders.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
