package com.opsledger.query.analysis;

import java.time.Instant;

/** The actual outcome of a period next to the alternative policy's, over the same orders and arrivals. */
public record WhatIfView(Instant from, Instant to, long events, PolicyKpis actual, PolicyKpis alternative) {
}
