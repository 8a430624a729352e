package com.opsledger.command.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a command: the id of the record it created or changed. One with a {@code location} is answered
 * 201 Created with that {@code Location}; the body is only the id either way.
 */
public record IdResponse(String id, @JsonIgnore @Schema(hidden = true) String location) {

    public IdResponse(String id) {
        this(id, null);
    }

    /** The record {@code id} created in the collection at {@code collectionPath}. */
    public static IdResponse created(String collectionPath, String id) {
        return new IdResponse(id, collectionPath + "/" + id);
    }
}
