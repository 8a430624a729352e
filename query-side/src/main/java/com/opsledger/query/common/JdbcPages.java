package com.opsledger.query.common;

import com.opsledger.kernel.common.PageSpec;
import com.opsledger.kernel.common.PageView;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;

import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page of rows read with plain SQL: the filter is built by the caller ({@link SqlFilter}), the sort column from a
 * fixed list. The order is the sort column, then the tie-breaker, both in the direction asked for (PostgreSQL's
 * default places empty values last ascending, first descending), so that one index on {@code (column, tieBreaker)}
 * serves both directions.
 * <p>
 * By number ({@code page}): the total is counted exactly up to {@link #EXACT_COUNT_LIMIT} matches (or to the end of
 * the page asked for, if that is further); beyond, the page says that its total is a lower bound. An exact count of a
 * million rows reads them all (about 0.7 s on two cores) for every page, while the page itself takes milliseconds. A
 * page that shows where the list ends needs no count at all.
 * <p>
 * By cursor ({@code after}): the rows that follow the cursor's row in the list's order, found with a row-value
 * comparison {@code (column, tieBreaker) > (?, ?)} (or {@code <} descending) that the index answers directly at any
 * depth; no offset, no count. Rows written meanwhile before the cursor do not shift the next pages.
 * <p>
 * Either way one row more than the page is read, to know whether another page follows: {@code nextCursor} is the
 * cursor of the page's last row then, {@code null} on the last page.
 */
public final class JdbcPages {

    public static final int EXACT_COUNT_LIMIT = 10_000;

    private static final String KEY_VALUE = "page_key_value";
    private static final String KEY_ID = "page_key_id";

    private JdbcPages() {
    }

    /** A list whose sort columns are never empty; see {@link #page(JdbcTemplate, String, String, List, PageSpec,
     * Map, Set, String, RowMapper)}. */
    public static <T> PageView<T> page(JdbcTemplate jdbc, String select, String fromWhere, List<Object> args,
                                       PageSpec spec, Map<String, String> sortable, String tieBreaker,
                                       RowMapper<T> mapper) {
        return page(jdbc, select, fromWhere, args, spec, sortable, Set.of(), tieBreaker, mapper);
    }

    /**
     * {@code fromWhere} is "from ... where ..." with {@code ?} for {@code args}, ending with its conditions (a
     * cursor's condition is added with {@code and}); {@code sortable} maps API sort names to columns;
     * {@code nullable} names the columns among them that may be empty; {@code tieBreaker} (a unique, never empty
     * column) keeps the order stable.
     */
    public static <T> PageView<T> page(JdbcTemplate jdbc, String select, String fromWhere, List<Object> args,
                                       PageSpec spec, Map<String, String> sortable, Set<String> nullable,
                                       String tieBreaker, RowMapper<T> mapper) {
        String column = sortable.getOrDefault(spec.sort(), tieBreaker);
        String direction = spec.descending() ? " desc" : " asc";
        String orderBy = " order by " + column + direction + ", " + tieBreaker + direction;
        String keyed = select + ", (" + column + ")::text as " + KEY_VALUE + ", (" + tieBreaker + ")::text as "
                + KEY_ID + " ";
        RowMapper<Keyed<T>> keyedMapper = (rs, n) -> new Keyed<>(mapper.mapRow(rs, n), rs.getString(KEY_VALUE),
                rs.getString(KEY_ID));
        List<Object> pageArgs = new ArrayList<>(args);
        if (spec.after() != null) {
            PageCursor cursor = PageCursor.decode(spec);
            String after = after(column, tieBreaker, spec.descending(), nullable.contains(column), cursor, pageArgs);
            pageArgs.add(spec.size() + 1);
            List<Keyed<T>> rows;
            try {
                rows = jdbc.query(keyed + fromWhere + " and " + after + orderBy + " limit ?", keyedMapper,
                        pageArgs.toArray());
            } catch (DataAccessException e) {
                throw isDataException(e) ? PageCursor.malformed() : e;
            }
            Shown<T> shown = shown(rows, spec);
            return PageView.afterCursor(shown.content(), spec.size(), shown.nextCursor());
        }
        long offset = (long) spec.page() * spec.size();
        pageArgs.add(spec.size() + 1);
        pageArgs.add(offset);
        Shown<T> shown = shown(jdbc.query(keyed + fromWhere + orderBy + " limit ? offset ?", keyedMapper,
                pageArgs.toArray()), spec);
        if (shown.nextCursor() == null && (!shown.content().isEmpty() || offset == 0)) {
            return view(shown, spec, offset + shown.content().size(), true);
        }
        long enough = Math.max(EXACT_COUNT_LIMIT, offset + spec.size());
        List<Object> countArgs = new ArrayList<>(args);
        countArgs.add(enough + 1);
        Long counted = jdbc.queryForObject("select count(*) from (select 1 " + fromWhere + " limit ?) matches",
                Long.class, countArgs.toArray());
        long count = counted == null ? 0 : counted;
        return count > enough ? view(shown, spec, enough, false) : view(shown, spec, count, true);
    }

    /**
     * The rows after the cursor's row, in the list's order. Empty values sort last ascending and first descending,
     * and a row-value comparison with an empty value is never true: a nullable column adds the empty rows that follow
     * explicitly. Both values are sent untyped, so PostgreSQL reads them as the columns' own types.
     */
    private static String after(String column, String tieBreaker, boolean descending, boolean nullable,
                                PageCursor cursor, List<Object> args) {
        SqlParameterValue id = new SqlParameterValue(Types.OTHER, cursor.id());
        if (cursor.value() == null) {
            args.add(id);
            return descending ? "(" + column + " is not null or " + tieBreaker + " < ?)"
                    : "(" + column + " is null and " + tieBreaker + " > ?)";
        }
        args.add(new SqlParameterValue(Types.OTHER, cursor.value()));
        args.add(id);
        String compared = "(" + column + ", " + tieBreaker + ")" + (descending ? " < " : " > ") + "(?, ?)";
        return nullable && !descending ? "(" + compared + " or " + column + " is null)" : compared;
    }

    /** A cursor whose value is no value of the sort column (it was altered): SQLSTATE class 22, data exception. */
    private static boolean isDataException(DataAccessException e) {
        return e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22");
    }

    private static <T> Shown<T> shown(List<Keyed<T>> rows, PageSpec spec) {
        boolean more = rows.size() > spec.size();
        List<Keyed<T>> page = more ? rows.subList(0, spec.size()) : rows;
        String next = null;
        if (more) {
            Keyed<T> last = page.get(page.size() - 1);
            next = new PageCursor(PageCursor.sortOf(spec), last.value(), last.id()).encode();
        }
        return new Shown<>(page.stream().map(Keyed::row).toList(), next);
    }

    private static <T> PageView<T> view(Shown<T> shown, PageSpec spec, long total, boolean exact) {
        return new PageView<>(shown.content(), spec.page(), spec.size(), total,
                (int) ((total + spec.size() - 1) / spec.size()), exact, shown.nextCursor());
    }

    private record Keyed<T>(T row, String value, String id) {
    }

    private record Shown<T>(List<T> content, String nextCursor) {
    }
}
