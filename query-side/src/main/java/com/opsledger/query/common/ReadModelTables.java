package com.opsledger.query.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The PostgreSQL tables a projection owns (next to its {@code @ProcessingGroup}): a replay rebuilds them aside and
 * swaps them in, a verification rebuilds them aside and compares them row by row.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModelTables {

    String[] value();
}
