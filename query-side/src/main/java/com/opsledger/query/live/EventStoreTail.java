package com.opsledger.query.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The one reader of the event store's tail that every open stream shares: a single thread reads the new rows (no
 * payloads) in position order and hands each to the streams. It hands them strictly in order: a position taken by a
 * transaction that has not committed yet holds the later ones back until it commits, or for at most the gap wait
 * (then it was rolled back), so a client resuming after the last position it saw misses nothing.
 */
final class EventStoreTail implements Runnable {

    /** One open stream as the tail sees it. */
    interface Listener {

        void changed(StoredChange change);
    }

    private static final Logger log = LoggerFactory.getLogger(EventStoreTail.class);
    private static final int ROWS_PER_READ = 500;
    static final String COLUMNS = "global_index, type, aggregate_identifier, payload_type, time_stamp";

    private final JdbcTemplate jdbc;
    private final LiveStreamSettings settings;
    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();
    private final Object handing = new Object();
    private volatile long position = -1;
    private volatile boolean running;
    private Thread thread;
    private long gapSeenSince;

    EventStoreTail(JdbcTemplate jdbc, LiveStreamSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        position = head();
        running = true;
        thread = new Thread(this, "live-stream-tail");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /**
     * Adds a listener and answers the last position handed to the listeners before it: it gets every change after
     * that one, and the changes up to it are in the event store for it to read.
     */
    long listen(Listener listener) {
        synchronized (handing) {
            listeners.add(listener);
            return position;
        }
    }

    void leave(Listener listener) {
        listeners.remove(listener);
    }

    int listeners() {
        return listeners.size();
    }

    static List<StoredChange> read(JdbcTemplate jdbc, long after, long upTo, int limit) {
        return jdbc.query("select " + COLUMNS + " from domain_event_entry where global_index > ? and global_index <= ?"
                + " order by global_index limit ?", (rs, n) -> new StoredChange(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), Instant.parse(rs.getString(5))), after, upTo, limit);
    }

    @Override
    public void run() {
        while (running) {
            try {
                if (!readOnce(System::nanoTime)) {
                    Thread.sleep(settings.poll().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Reading the event store for the live stream failed; trying again: {}", e.toString());
                sleep();
            }
        }
    }

    /** Hands what follows the position; true when it read a full batch (more may be waiting). */
    boolean readOnce(java.util.function.LongSupplier clock) {
        List<StoredChange> rows = read(jdbc, position, Long.MAX_VALUE, ROWS_PER_READ);
        for (StoredChange row : rows) {
            if (row.globalIndex() != position + 1 && !gapGivenUp(clock.getAsLong())) {
                return false;
            }
            gapSeenSince = 0;
            synchronized (handing) {
                position = row.globalIndex();
                for (Listener listener : listeners) {
                    listener.changed(row);
                }
            }
        }
        return rows.size() == ROWS_PER_READ;
    }

    private boolean gapGivenUp(long now) {
        if (gapSeenSince == 0) {
            gapSeenSince = now;
            return settings.gapWait().isZero();
        }
        return now - gapSeenSince >= settings.gapWait().toNanos();
    }

    private long head() {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    private void sleep() {
        try {
            Thread.sleep(Math.max(1000, settings.poll().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
