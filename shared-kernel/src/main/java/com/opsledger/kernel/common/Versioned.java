package com.opsledger.kernel.common;

/** A view answered with its version as the {@code ETag}, which a client sends back as {@code If-Match}. */
public interface Versioned {

    long version();
}
