package com.opsledger.query.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlFilterTest {

    @Test
    void aFilterThatWasNotAskedForAddsNothing() {
        SqlFilter where = SqlFilter.from("from t where id = ?", "a")
                .and("status = ?", null)
                .and("kind = ?", "k")
                .andAlways("not archived")
                .andAlways("(x like ? or y like ?)", "p%", "p%");

        assertThat(where.sql()).isEqualTo("from t where id = ? and kind = ? and not archived"
                + " and (x like ? or y like ?)");
        assertThat(where.args()).isEqualTo(List.of("a", "k", "p%", "p%"));
    }
}
