package com.opsledger.query.common;

import com.opsledger.kernel.common.PageSpec;
import com.opsledger.kernel.common.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page of rows read with plain SQL: the filter is built by the caller, the sort column from a fixed list.
 * <p>
 * The total is counted exactly up to {@link #EXACT_COUNT_LIMIT} matches (or to the end of the page asked for, if that
 * is further); beyond, the page says that its total is a lower bound. An exact count of a million rows reads them all
 * (about 0.7 s on two cores) for every page, while the page itself takes milliseconds. A page that ends before
 * {@code size} rows needs no count at all.
 */
public final class JdbcPages {

    public static final int EXACT_COUNT_LIMIT = 10_000;

    private JdbcPages() {
    }

    /**
     * {@code fromWhere} is "from ... where ..." with {@code ?} for {@code args}; {@code sortable} maps API sort names
     * to columns; {@code tieBreaker} keeps the order stable.
     */
    public static <T> PageView<T> page(JdbcTemplate jdbc, String select, String fromWhere, List<Object> args,
                                       PageSpec spec, Map<String, String> sortable, String tieBreaker,
                                       RowMapper<T> mapper) {
        String column = sortable.getOrDefault(spec.sort(), tieBreaker);
        String orderBy = column + (spec.descending() ? " desc" : " asc") + ", " + tieBreaker;
        long offset = (long) spec.page() * spec.size();
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(spec.size());
        pageArgs.add(offset);
        List<T> rows = jdbc.query(select + " " + fromWhere + " order by " + orderBy + " limit ? offset ?", mapper,
                pageArgs.toArray());
        if (rows.size() < spec.size() && (!rows.isEmpty() || offset == 0)) {
            return view(rows, spec, offset + rows.size(), true);
        }
        long enough = Math.max(EXACT_COUNT_LIMIT, offset + spec.size());
        List<Object> countArgs = new ArrayList<>(args);
        countArgs.add(enough + 1);
        Long counted = jdbc.queryForObject("select count(*) from (select 1 " + fromWhere + " limit ?) matches",
                Long.class, countArgs.toArray());
        long count = counted == null ? 0 : counted;
        return count > enough ? view(rows, spec, enough, false) : view(rows, spec, count, true);
    }

    private static <T> PageView<T> view(List<T> rows, PageSpec spec, long total, boolean exact) {
        return new PageView<>(rows, spec.page(), spec.size(), total, (int) ((total + spec.size() - 1) / spec.size()),
                exact);
    }

    /** Appends {@code and <condition>} with its argument when the value is given. */
    public static void filter(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            args.add(value);
        }
    }
}
