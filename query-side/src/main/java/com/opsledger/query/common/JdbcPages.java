package com.opsledger.query.common;

import com.opsledger.kernel.common.PageSpec;
import com.opsledger.kernel.common.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A page of rows read with plain SQL: the filter is built by the caller, the sort column from a fixed list. */
public final class JdbcPages {

    private JdbcPages() {
    }

    /**
     * {@code fromWhere} is "from ... where ..." with {@code ?} for {@code args}; {@code sortable} maps API sort names
     * to columns; {@code tieBreaker} keeps the order stable.
     */
    public static <T> PageView<T> page(JdbcTemplate jdbc, String select, String fromWhere, List<Object> args,
                                       PageSpec spec, Map<String, String> sortable, String tieBreaker,
                                       RowMapper<T> mapper) {
        Long total = jdbc.queryForObject("select count(*) " + fromWhere, Long.class, args.toArray());
        String column = sortable.getOrDefault(spec.sort(), tieBreaker);
        String orderBy = column + (spec.descending() ? " desc" : " asc") + ", " + tieBreaker;
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(spec.size());
        pageArgs.add((long) spec.page() * spec.size());
        List<T> rows = jdbc.query(select + " " + fromWhere + " order by " + orderBy + " limit ? offset ?", mapper,
                pageArgs.toArray());
        long count = total == null ? 0 : total;
        return new PageView<>(rows, spec.page(), spec.size(), count, (int) ((count + spec.size() - 1) / spec.size()));
    }

    /** Appends {@code and <condition>} with its argument when the value is given. */
    public static void filter(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            args.add(value);
        }
    }
}
