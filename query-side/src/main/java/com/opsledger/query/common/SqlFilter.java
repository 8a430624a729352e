package com.opsledger.query.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code from ... where ...} of a read with plain SQL and its arguments, built up condition by condition: a
 * filter that was not asked for (its value is null) adds nothing.
 */
public final class SqlFilter {

    private final StringBuilder sql;
    private final List<Object> args;

    private SqlFilter(String fromWhere, List<Object> args) {
        this.sql = new StringBuilder(fromWhere);
        this.args = args;
    }

    /** {@code fromWhere} is "from ... where ..." with {@code ?} for {@code args}. */
    public static SqlFilter from(String fromWhere, Object... args) {
        return new SqlFilter(fromWhere, new ArrayList<>(Arrays.asList(args)));
    }

    /** Adds {@code and <condition>} with its argument when the value is given. */
    public SqlFilter and(String condition, Object value) {
        return value == null ? this : andAlways(condition, value);
    }

    /** Adds {@code and <condition>} with the arguments of its {@code ?}s (none for a literal condition). */
    public SqlFilter andAlways(String condition, Object... values) {
        sql.append(" and ").append(condition);
        args.addAll(Arrays.asList(values));
        return this;
    }

    /** "from ... where ...". */
    public String sql() {
        return sql.toString();
    }

    /** The arguments of the {@code ?}s of {@link #sql()}, in order; a copy. */
    public List<Object> args() {
        return new ArrayList<>(args);
    }
}
