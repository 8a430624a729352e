package com.opsledger.query.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON of {@code jsonb} columns that projections write with plain JDBC, in the same form Hibernate's default
 * mapper gives the columns it writes (dates as arrays, for one), so a table reads alike whichever wrote a row, and a
 * rebuilt row compares equal to one written before.
 */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private JsonColumns() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type.getType() + " from JSON", e);
        }
    }
}
