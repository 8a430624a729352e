package com.opsledger.command.delivery;

import com.opsledger.command.lookup.LookupGroups;
import com.opsledger.kernel.qualitycheck.QualityCheckPassedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckRejectedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the latest pre-dispatch quality decision of each batch, in the transaction of the decision, so the next
 * dispatch sees it: a batch rejected after it passed may not leave any more.
 */
@Component
@ProcessingGroup(LookupGroups.DELIVERIES)
class PreDispatchCheckLookupsProjection {

    static final String PRE_DISPATCH = "pre-dispatch";

    private final JdbcTemplate jdbc;

    PreDispatchCheckLookupsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(QualityCheckPassedEvent event) {
        if (PRE_DISPATCH.equals(event.checkType())) {
            decided(event.productId(), event.warehouseId(), event.batch(), true);
        }
    }

    @EventHandler
    void on(QualityCheckRejectedEvent event) {
        if (PRE_DISPATCH.equals(event.checkType())) {
            decided(event.productId(), event.warehouseId(), event.batch(), false);
        }
    }

    private void decided(String productId, String warehouseId, String batch, boolean passed) {
        jdbc.update("insert into cmd_pre_dispatch_check (product_id, warehouse_id, batch_key, passed) "
                        + "values (?, ?, ?, ?) on conflict (product_id, warehouse_id, batch_key) do update set "
                        + "passed = excluded.passed", productId, warehouseId, batch == null ? "" : batch, passed);
    }
}
