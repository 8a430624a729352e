package com.opsledger.query.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A projection (next to its {@code @ProcessingGroup}) that must be true over all past events from its first start: on
 * an installation whose shared processor has already passed events, the first start rebuilds it from the first event
 * in a processor of its own (as a replay, into a copy built aside) and switches it in once caught up; from then on it
 * is one member of its shared processor like any other. Whether it has joined is kept in {@code projection_backfill}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BackfillsHistory {
}
