package com.opsledger.query.stocktake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.stocktake.FindStocktakeQuery;
import com.opsledger.kernel.stocktake.ListStocktakesQuery;
import com.opsledger.kernel.stocktake.StocktakeView;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.JsonColumns;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** Stocktakes, from {@code stocktake_view}. */
@Component
class StocktakeQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "updatedAt", "updated_at",
            "number", "number");
    private static final TypeReference<StocktakeView> VIEW = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    StocktakeQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    StocktakeView handle(FindStocktakeQuery query) {
        return find(jdbc, query.stocktakeId());
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<StocktakeView> handle(ListStocktakesQuery query) {
        SqlFilter where = SqlFilter.from("from stocktake_view where true")
                .and("status = ?", query.status())
                .and("warehouse_id = ?", query.warehouseId());
        return JdbcPages.page(jdbc, "select *", where.sql(), where.args(), query.page(), SORTABLE, "id",
                (rs, row) -> JsonColumns.read(rs.getString("document"), VIEW));
    }

    static StocktakeView find(JdbcTemplate jdbc, String id) {
        List<StocktakeView> found = jdbc.query("select document from stocktake_view where id = ?",
                (rs, row) -> JsonColumns.read(rs.getString(1), VIEW), id);
        return found.isEmpty() ? null : found.get(0);
    }
}
