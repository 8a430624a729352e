package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The events of stock items as the event store holds them, read with plain JDBC (no application involved). */
final class EventStoreReads {

    /** One stored event: its record, place in the record's stream, type and payload. */
    record StoredEvent(String aggregateId, long sequenceNumber, String type, JsonNode payload) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventStoreReads() {
    }

    static List<StoredEvent> eventsOf(String jdbcUrl, String username, String password, List<String> aggregateIds) {
        List<StoredEvent> events = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
             PreparedStatement query = connection.prepareStatement("select aggregate_identifier, sequence_number,"
                     + " payload_type, convert_from(payload, 'UTF8') from domain_event_entry"
                     + " where aggregate_identifier = any (?) order by aggregate_identifier, sequence_number")) {
            query.setArray(1, connection.createArrayOf("varchar", aggregateIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String type = rows.getString(3);
                    events.add(new StoredEvent(rows.getString(1), rows.getLong(2),
                            type.substring(type.lastIndexOf('.') + 1), JSON.readTree(rows.getString(4))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store at " + jdbcUrl, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }
}
