package com.opsledger.infra.it;

import com.opsledger.kernel.common.PageSpec;
import com.opsledger.kernel.common.PageView;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.SqlFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * List totals on real PostgreSQL: exact up to {@link JdbcPages#EXACT_COUNT_LIMIT} matches or the end of the page asked
 * for, a lower bound beyond, and never a count when the page itself shows where the list ends.
 */
class ListTotalsIT extends ApplicationIT {

    private static final int ROWS = JdbcPages.EXACT_COUNT_LIMIT + 50;

    private String table;

    @BeforeEach
    void rows() {
        table = "list_totals_" + Long.toString(System.nanoTime(), 36);
        jdbc.execute("create table " + table + " (id bigint primary key, tens int not null)");
        jdbc.update("insert into " + table + " select n, n / 10 from generate_series(1, ?) n", ROWS);
    }

    @AfterEach
    void drop() {
        jdbc.execute("drop table " + table);
    }

    private PageView<Long> page(int page, int size, Integer tens) {
        SqlFilter where = SqlFilter.from("from " + table + " where true").and("tens = ?", tens);
        return JdbcPages.page(jdbc, "select id", where.sql(), where.args(), new PageSpec(page, size, "id", false),
                Map.of("id", "id"), "id", (rs, n) -> rs.getLong(1));
    }

    @Test
    void aLargeListSaysItsTotalIsALowerBound() {
        PageView<Long> first = page(0, 20, null);
        assertThat(first.content()).hasSize(20).first().isEqualTo(1L);
        assertThat(first.totalElementsExact()).isFalse();
        assertThat(first.totalElements()).isEqualTo(JdbcPages.EXACT_COUNT_LIMIT);
        assertThat(first.totalPages()).isEqualTo(JdbcPages.EXACT_COUNT_LIMIT / 20);
    }

    @Test
    void aPageBeyondTheLimitCountsToItsEndAndSoExactly() {
        PageView<Long> deep = page(ROWS / 20 + 5, 20, null);
        assertThat(deep.content()).isEmpty();
        assertThat(deep.totalElementsExact()).isTrue();
        assertThat(deep.totalElements()).isEqualTo(ROWS);

        PageView<Long> last = page(ROWS / 20, 20, null);
        assertThat(last.content()).hasSize(ROWS % 20);
        assertThat(last.totalElements()).isEqualTo(ROWS);
        assertThat(last.totalElementsExact()).isTrue();
    }

    @Test
    void aFilteredListCountsExactly() {
        PageView<Long> tens = page(0, 4, 7);
        assertThat(tens.content()).containsExactly(70L, 71L, 72L, 73L);
        assertThat(tens.totalElements()).isEqualTo(10);
        assertThat(tens.totalElementsExact()).isTrue();
        assertThat(tens.totalPages()).isEqualTo(3);

        PageView<Long> rest = page(2, 4, 7);
        assertThat(rest.content()).containsExactly(78L, 79L);
        assertThat(rest.totalElements()).isEqualTo(10);

        PageView<Long> none = page(0, 20, -1);
        assertThat(none.content()).isEmpty();
        assertThat(none.totalElements()).isZero();
        assertThat(none.totalPages()).isZero();
        assertThat(none.totalElementsExact()).isTrue();
    }
}
