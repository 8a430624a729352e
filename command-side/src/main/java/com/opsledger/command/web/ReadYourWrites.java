package com.opsledger.command.web;

/**
 * Lets a command's answer wait until the PostgreSQL read models have applied the events the command stored, so
 * that a client reading right after writing sees its own change.
 */
public interface ReadYourWrites {

    /** Waits, bounded, until every read model has passed the latest event of {@code aggregateId}; false on time-out. */
    boolean awaitReadModels(String aggregateId);
}
