package com.opsledger.query.live;

import com.opsledger.kernel.access.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One open stream: the changes the shared tail handed it wait in a bounded queue until a sender writes those its
 * caller may see. It first replays from the event store what happened after the client's {@code Last-Event-ID} up to
 * where the tail stood when it joined, so nothing falls between a resume and the live changes. A client that lets
 * its queue fill up is dropped with a final {@code closing} event saying why and where to resume, as is every stream
 * at the end of its time.
 */
final class LiveConnection implements EventStoreTail.Listener {

    static final String SLOW_CLIENT = "slow-client";
    static final String MAX_DURATION = "max-duration";
    static final String CATCH_UP_LIMIT = "catch-up-limit";
    private static final int CATCH_UP_PAGE = 500;

    private final Caller caller;
    private final SseEmitter emitter;
    private final BlockingQueue<StoredChange> queue;
    private final Executor senders;
    private final JdbcTemplate jdbc;
    private final RecordOwners owners;
    private final LiveStreamSettings settings;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean heartbeatDue = new AtomicBoolean();
    private volatile String closing;
    private volatile boolean done;
    private final boolean resuming;
    private boolean caughtUp;
    private long sentUpTo;
    private long joinedAt;

    LiveConnection(Caller caller, SseEmitter emitter, Long after, Executor senders, JdbcTemplate jdbc,
                   RecordOwners owners, LiveStreamSettings settings) {
        this.caller = caller;
        this.emitter = emitter;
        this.queue = new ArrayBlockingQueue<>(settings.buffer());
        this.senders = senders;
        this.jdbc = jdbc;
        this.owners = owners;
        this.settings = settings;
        this.resuming = after != null;
        this.sentUpTo = after == null ? -1 : after;
    }

    Caller caller() {
        return caller;
    }

    /**
     * Where the tail stood when this stream joined it: a resumed stream replays from the event store up to there, a
     * new one starts there.
     */
    void joined(long position) {
        joinedAt = position;
        if (!resuming) {
            sentUpTo = position;
        }
        caughtUp = sentUpTo >= position;
        schedule();
    }

    @Override
    public void changed(StoredChange change) {
        if (!queue.offer(change)) {
            close(SLOW_CLIENT);
        }
        schedule();
    }

    void heartbeat() {
        heartbeatDue.set(true);
        schedule();
    }

    void close(String reason) {
        if (closing == null) {
            closing = reason;
        }
        schedule();
    }

    boolean done() {
        return done;
    }

    private void schedule() {
        if (!done && scheduled.compareAndSet(false, true)) {
            senders.execute(this::send);
        }
    }

    private synchronized void send() {
        scheduled.set(false);
        if (done) {
            return;
        }
        try {
            if (!caughtUp) {
                catchUp();
            }
            if (closing != null) {
                finish();
                return;
            }
            for (StoredChange change = queue.poll(); change != null && closing == null; change = queue.poll()) {
                deliver(change);
            }
            if (closing != null) {
                finish();
                return;
            }
            if (heartbeatDue.getAndSet(false)) {
                emitter.send(SseEmitter.event().id(Long.toString(sentUpTo)).name("heartbeat")
                        .data(Map.of("at", Instant.now().toString()), MediaType.APPLICATION_JSON));
            }
        } catch (IOException | IllegalStateException | org.springframework.dao.DataAccessException e) {
            done = true;
            emitter.completeWithError(e);
        }
    }

    private void catchUp() throws IOException {
        int read = 0;
        while (closing == null) {
            List<StoredChange> page = EventStoreTail.read(jdbc, sentUpTo, joinedAt, CATCH_UP_PAGE);
            for (StoredChange change : page) {
                deliver(change);
                read++;
            }
            if (page.size() < CATCH_UP_PAGE) {
                caughtUp = true;
                sentUpTo = Math.max(sentUpTo, joinedAt);
                return;
            }
            if (read >= settings.maxCatchUp()) {
                close(CATCH_UP_LIMIT);
                return;
            }
        }
    }

    /** Writes a change the caller may see, each position once and in order; any change moves the resume point. */
    private void deliver(StoredChange change) throws IOException {
        if (change.globalIndex() <= sentUpTo) {
            return;
        }
        sentUpTo = change.globalIndex();
        if (ChangeVisibility.sees(caller, change, owners)) {
            emitter.send(SseEmitter.event().id(Long.toString(change.globalIndex())).name("change")
                    .data(change.view(), MediaType.APPLICATION_JSON));
        }
    }

    private void finish() throws IOException {
        done = true;
        queue.clear();
        emitter.send(SseEmitter.event().id(Long.toString(sentUpTo)).name("closing").data(Map.of("reason", closing,
                "lastEventId", Long.toString(sentUpTo)), MediaType.APPLICATION_JSON));
        emitter.complete();
    }
}
