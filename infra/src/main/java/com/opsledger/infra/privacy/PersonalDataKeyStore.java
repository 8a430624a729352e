package com.opsledger.infra.privacy;

import com.opsledger.command.privacy.PersonalDataKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-person keys in PostgreSQL, each wrapped under the server's master key ({@link ServerKeys}), so that a copy
 * of the database alone reveals no one's data. A key is created the first time personal data of that person is
 * written, in the writing transaction. Keys read for decryption are cached for {@link #CACHE_TIME}: an erasure in
 * this process takes effect at once, one made by another process within that time. Keys stored unwrapped by earlier
 * versions are wrapped at start-up (one that is missed is read as it is, and wrapped when next written with).
 */
@Component
public class PersonalDataKeyStore implements PersonalDataKeys, SmartInitializingSingleton {

    static final Duration CACHE_TIME = Duration.ofSeconds(30);
    private static final int KEY_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeyStore.class);

    private final JdbcTemplate jdbc;
    private final ServerKeys server;
    private final ErasedTraces traces;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, ErasedFlag> erased = new ConcurrentHashMap<>();

    PersonalDataKeyStore(JdbcTemplate jdbc, ServerKeys server, ErasedTraces traces) {
        this.jdbc = jdbc;
        this.server = server;
        this.traces = traces;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int wrapped = wrapStoredKeys();
        if (wrapped > 0) {
            log.info("Wrapped {} personal data keys under the master key", wrapped);
        }
    }

    /** Wraps every key still stored in clear; answers how many it wrapped. */
    int wrapStoredKeys() {
        List<String> subjects = jdbc.queryForList("select subject_id from personal_data_key "
                + "where not wrapped and key_bytes is not null", String.class);
        int wrapped = 0;
        for (String subject : subjects) {
            List<byte[]> keys = jdbc.query("select key_bytes from personal_data_key "
                    + "where subject_id = ? and not wrapped and key_bytes is not null", (rs, i) -> rs.getBytes(1),
                    subject);
            if (!keys.isEmpty()) {
                wrapped += wrap(subject, keys.get(0));
            }
        }
        return wrapped;
    }

    private int wrap(String subjectId, byte[] key) {
        return jdbc.update("update personal_data_key set key_bytes = ?, wrapped = true "
                + "where subject_id = ? and not wrapped and key_bytes is not null", server.wrap(subjectId, key),
                subjectId);
    }

    private record Cached(Optional<byte[]> key, long loadedAt) {
    }

    /** The key to encrypt this person's data with, created if needed; empty once the person is erased. */
    Optional<byte[]> keyForWriting(String subjectId) {
        Optional<Optional<byte[]>> stored = load(subjectId, true);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        jdbc.update("insert into personal_data_key (subject_id, key_bytes, wrapped, created_at) "
                + "values (?, ?, true, ?) on conflict (subject_id) do nothing", subjectId, server.wrap(subjectId, key),
                Timestamp.from(Instant.now()));
        return load(subjectId, false).orElseThrow(() -> new IllegalStateException("no key stored for " + subjectId));
    }

    /** The key to decrypt this person's data with; empty once the person is erased (or never had one). */
    Optional<byte[]> keyForReading(String subjectId) {
        Cached cached = cache.get(subjectId);
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt() < CACHE_TIME.toNanos()) {
            return cached.key();
        }
        Optional<byte[]> key = load(subjectId, false).orElse(Optional.empty());
        cache.put(subjectId, new Cached(key, now));
        return key;
    }

    /** Whether the person was erased, as this process last saw it (within {@link #CACHE_TIME}). */
    boolean isErased(String subjectId) {
        if (keyForReading(subjectId).isPresent()) {
            return false;
        }
        long now = System.nanoTime();
        ErasedFlag known = erased.get(subjectId);
        if (known != null && now - known.loadedAt() < CACHE_TIME.toNanos()) {
            return known.erased();
        }
        boolean answer = erasedRow(subjectId);
        erased.put(subjectId, new ErasedFlag(answer, now));
        return answer;
    }

    /** Whether a subject without a key was erased (or never had one), as read at {@code loadedAt}. */
    private record ErasedFlag(boolean erased, long loadedAt) {
    }

    private boolean erasedRow(String subjectId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from personal_data_key "
                + "where subject_id = ? and erased_at is not null)", Boolean.class, subjectId));
    }

    /**
     * Erases the person's key, and the keys of their user accounts when the person is a customer (their portal users
     * are the same person), and where they signed in and acted from.
     */
    @Override
    public void erase(String subjectId, String reason) {
        List<String> users = new ArrayList<>(traces.usersOf(subjectId));
        eraseKey(subjectId, reason);
        for (String userId : users) {
            String because = "their customer " + subjectId + " was erased: " + reason;
            eraseKey(userId, because.length() <= 500 ? because : because.substring(0, 500));
        }
        users.add(subjectId);
        traces.erase(users);
    }

    private void eraseKey(String subjectId, String reason) {
        jdbc.update("insert into personal_data_key (subject_id, key_bytes, created_at, erased_at, erasure_reason) "
                + "values (?, null, ?, ?, ?) on conflict (subject_id) do update set key_bytes = null, "
                + "wrapped = false, "
                + "erased_at = excluded.erased_at, erasure_reason = excluded.erasure_reason "
                + "where personal_data_key.erased_at is null", subjectId,
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), reason);
        // a snapshot of the person's own record could hold their data in clear
        jdbc.update("delete from snapshot_event_entry where aggregate_identifier = ?", subjectId);
        cache.remove(subjectId);
        erased.remove(subjectId);
    }

    /** Empty when there is no row; a row with an empty key when the person was erased. */
    private Optional<Optional<byte[]>> load(String subjectId, boolean forWriting) {
        record Row(byte[] key, boolean wrapped) {
        }
        List<Row> rows = jdbc.query("select key_bytes, wrapped from personal_data_key where subject_id = ?",
                (rs, i) -> new Row(rs.getBytes(1), rs.getBoolean(2)), subjectId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.get(0);
        if (row.key() == null) {
            return Optional.of(Optional.empty());
        }
        if (!row.wrapped()) {
            if (forWriting) {
                wrap(subjectId, row.key());
            }
            return Optional.of(Optional.of(row.key()));
        }
        return Optional.of(Optional.of(server.unwrap(subjectId, row.key())));
    }
}
