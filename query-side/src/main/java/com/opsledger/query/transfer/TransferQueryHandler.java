package com.opsledger.query.transfer;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.transfer.FindTransferQuery;
import com.opsledger.kernel.transfer.ListTransfersQuery;
import com.opsledger.kernel.transfer.TransferView;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.JsonColumns;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

@Component
class TransferQueryHandler {

    /** API sort names and their columns. */
    static final Map<String, String> SORTABLE = Map.of("number", "number", "status", "status",
            "createdAt", "created_at", "updatedAt", "updated_at", "expectedDate", "expected_date");

    private final JdbcTemplate jdbc;

    TransferQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    TransferView handle(FindTransferQuery query) {
        return jdbc.query("select " + TransferRowsInBatch.COLUMNS + " from transfer_view where id = ?",
                (rs, n) -> TransferRowsInBatch.read(rs), query.transferId()).stream().findFirst().orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<TransferView> handle(ListTransfersQuery query) {
        SqlFilter where = SqlFilter.from("from transfer_view where true")
                .and("status = ?", query.status())
                .and("from_warehouse_id = ?", query.fromWarehouseId())
                .and("to_warehouse_id = ?", query.toWarehouseId())
                .and("lines @> ?::jsonb", query.productId() == null ? null
                        : JsonColumns.write(List.of(Map.of("productId", query.productId()))));
        return JdbcPages.page(jdbc, "select " + TransferRowsInBatch.COLUMNS, where.sql(), where.args(), query.page(),
                SORTABLE, java.util.Set.of("expected_date"), "id", (rs, n) -> TransferRowsInBatch.read(rs));
    }
}
