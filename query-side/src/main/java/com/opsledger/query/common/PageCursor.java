package com.opsledger.query.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.PageSpec;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page read by cursor starts: the sort value and the id of the row before it, and the sort it belongs to.
 * <p>
 * A client sees base64url (no padding) of {@code {"sort":"placedAt,desc","value":"2026-...","id":"..."}}; it is
 * opaque to them. {@code value} is the sort column's value as PostgreSQL writes it as text ({@code null} for an empty
 * one), so that it compares exactly as the column does.
 */
public record PageCursor(String sort, String value, String id) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIELD = "after";

    /** The sort a spec lists by, as a cursor names it: {@code field,asc} or {@code field,desc}. */
    public static String sortOf(PageSpec spec) {
        return spec.sort() + (spec.descending() ? ",desc" : ",asc");
    }

    public String encode() {
        ObjectNode node = JSON.createObjectNode().put("sort", sort).put("value", value).put("id", id);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cursor of {@code spec.after()}; a 400 naming {@code after} if it is not one, or one of another sort. */
    public static PageCursor decode(PageSpec spec) {
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(spec.after().strip()));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw malformed();
        }
        if (node == null || !node.isObject() || !node.path("sort").isTextual() || !node.path("id").isTextual()
                || !(node.path("value").isTextual() || node.path("value").isNull())) {
            throw malformed();
        }
        String sort = node.get("sort").asText();
        if (!sort.equals(sortOf(spec))) {
            throw new InvalidValueException(FIELD, "was made for sort=" + sort + ", not sort=" + sortOf(spec)
                    + "; ask for the first page of this sort without after");
        }
        return new PageCursor(sort, node.get("value").isNull() ? null : node.get("value").asText(),
                node.get("id").asText());
    }

    static InvalidValueException malformed() {
        return new InvalidValueException(FIELD, "is not a cursor of this list (use the nextCursor of a page of it)");
    }
}
