package com.opsledger.query.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whose record a change belongs to, read from the record's first event (an order is placed, a purchase order
 * created, an invoice registered with the customer or supplier it belongs to), not from a read model, so that the
 * owner of a record created a moment ago is known before any projection has seen it. Owners never change, so the
 * answers are remembered (the most recent {@value #REMEMBERED}).
 */
final class RecordOwners {

    static final int REMEMBERED = 50_000;
    private static final String UNKNOWN = "";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Map<String, String> owners = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    RecordOwners(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The customer or supplier a record of an owned type belongs to; null for none or another type. */
    synchronized String owner(String aggregateType, String aggregateId) {
        if (!ChangeKinds.owned(aggregateType)) {
            return null;
        }
        if (aggregateType.equals("Customer") || aggregateType.equals("Supplier")) {
            return aggregateId;
        }
        String known = owners.get(aggregateId);
        if (known == null) {
            known = read(aggregateType, aggregateId);
            owners.put(aggregateId, known);
        }
        return known.equals(UNKNOWN) ? null : known;
    }

    private String read(String aggregateType, String aggregateId) {
        String field = ChangeKinds.OF_CUSTOMERS.contains(aggregateType) ? "customerId" : "supplierId";
        List<byte[]> first = jdbc.query("select payload from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number limit 1", (rs, n) -> rs.getBytes(1), aggregateId);
        if (first.isEmpty() || first.get(0) == null) {
            return UNKNOWN;
        }
        try {
            JsonNode owner = json.readTree(first.get(0)).path(field);
            return owner.isTextual() ? owner.asText() : UNKNOWN;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
