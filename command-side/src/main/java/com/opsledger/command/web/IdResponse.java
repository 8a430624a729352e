package com.opsledger.command.web;

/** The answer to a command: the id of the record it created or changed. */
public record IdResponse(String id) {
}
