package com.opsledger.infra.privacy;

import com.opsledger.command.privacy.PersonalDataKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-person keys in PostgreSQL. A key is created the first time personal data of that person is written, in
 * the writing transaction. Keys read for decryption are cached for {@link #CACHE_TIME}: an erasure in this process
 * takes effect at once, one made by another process within that time.
 */
@Component
public class PersonalDataKeyStore implements PersonalDataKeys {

    static final Duration CACHE_TIME = Duration.ofSeconds(30);
    private static final int KEY_BYTES = 32;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public PersonalDataKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Cached(Optional<byte[]> key, long loadedAt) {
    }

    /** The key to encrypt this person's data with, created if needed; empty once the person is erased. */
    Optional<byte[]> keyForWriting(String subjectId) {
        Optional<Optional<byte[]>> stored = load(subjectId);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        jdbc.update("insert into personal_data_key (subject_id, key_bytes, created_at) values (?, ?, ?) "
                + "on conflict (subject_id) do nothing", subjectId, key, Timestamp.from(Instant.now()));
        return load(subjectId).orElseThrow(() -> new IllegalStateException("no key stored for " + subjectId));
    }

    /** The key to decrypt this person's data with; empty once the person is erased (or never had one). */
    Optional<byte[]> keyForReading(String subjectId) {
        Cached cached = cache.get(subjectId);
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt() < CACHE_TIME.toNanos()) {
            return cached.key();
        }
        Optional<byte[]> key = load(subjectId).orElse(Optional.empty());
        cache.put(subjectId, new Cached(key, now));
        return key;
    }

    @Override
    public void erase(String subjectId, String reason) {
        jdbc.update("insert into personal_data_key (subject_id, key_bytes, created_at, erased_at, erasure_reason) "
                + "values (?, null, ?, ?, ?) on conflict (subject_id) do update set key_bytes = null, "
                + "erased_at = excluded.erased_at, erasure_reason = excluded.erasure_reason", subjectId,
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), reason);
        // a snapshot of the person's own record could hold their data in clear
        jdbc.update("delete from snapshot_event_entry where aggregate_identifier = ?", subjectId);
        cache.remove(subjectId);
    }

    /** Empty when there is no row; a row with an empty key when the person was erased. */
    private Optional<Optional<byte[]>> load(String subjectId) {
        List<Optional<byte[]>> rows = jdbc.query("select key_bytes from personal_data_key where subject_id = ?",
                (rs, i) -> Optional.ofNullable(rs.getBytes(1)), subjectId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
