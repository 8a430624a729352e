package com.opsledger.kernel.common;

/**
 * The id of a record where a request names one (a path such as {@code /stock-items/{id}}): valid by construction,
 * so a handler never sees a malformed one. Messages keep their ids as plain strings.
 */
public interface EntityId {

    String value();
}
