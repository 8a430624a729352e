package com.opsledger.infra.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;

/**
 * Where an erased person's requests came from: the client address and user agent in the metadata of the events
 * they caused (and of the sign-ins to their accounts, which carry no user) are overwritten with
 * {@value PersonalDataModule#ERASED} in the event store, in the erasure's transaction. The read models that copy
 * them follow the erasure event.
 */
@Component
class ErasedTraces {

    static final List<String> TRACES = List.of("clientIp", "userAgent");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    ErasedTraces(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The user accounts of a customer (their portal users). */
    List<String> usersOf(String subjectId) {
        return jdbc.queryForList("select user_id from auth_user where customer_id = ? and user_id <> ?", String.class,
                subjectId, subjectId);
    }

    /** Erases the addresses and user agents in the metadata of the events these users caused; answers how many. */
    int erase(List<String> userIds) {
        if (userIds.isEmpty()) {
            return 0;
        }
        String ids = String.join(", ", Collections.nCopies(userIds.size(), "?"));
        Object[] arguments = new Object[userIds.size() * 2];
        for (int i = 0; i < userIds.size(); i++) {
            arguments[i] = userIds.get(i);
            arguments[userIds.size() + i] = userIds.get(i);
        }
        record Row(long globalIndex, byte[] metadata) {
        }
        List<Row> rows = jdbc.query("select global_index, meta_data from domain_event_entry "
                        + "where meta_data is not null and (convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' in (" + ids + ") "
                        + "or (aggregate_identifier in (" + ids + ") "
                        + "and convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' is null))",
                (rs, i) -> new Row(rs.getLong(1), rs.getBytes(2)), arguments);
        int changed = 0;
        for (Row row : rows) {
            byte[] erased = erased(row.metadata());
            if (erased != null) {
                changed += jdbc.update("update domain_event_entry set meta_data = ? where global_index = ?", erased,
                        row.globalIndex());
            }
        }
        return changed;
    }

    /** The metadata with its traces erased; null when it holds none. */
    private static byte[] erased(byte[] metadata) {
        try {
            JsonNode tree = JSON.readTree(metadata);
            if (!(tree instanceof ObjectNode object)) {
                return null;
            }
            boolean changed = false;
            for (String trace : TRACES) {
                JsonNode value = object.get(trace);
                if (value != null && !value.isNull() && !PersonalDataModule.ERASED.equals(value.asText())) {
                    object.put(trace, PersonalDataModule.ERASED);
                    changed = true;
                }
            }
            return changed ? JSON.writeValueAsBytes(object) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable event metadata", e);
        }
    }
}
