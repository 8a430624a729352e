package com.opsledger.command.lookup;

import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.ReceivedLine;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Keeps the last price each product was bought at (the line price of the latest delivery of it, in the purchase
 * order's currency) behind {@link JdbcUnitValues}. Runs in the processing group of the purchase order lookups, after
 * whose lines it reads the price.
 */
@Component
@ProcessingGroup(LookupGroups.PROCUREMENT)
class PurchasePriceLookupsProjection {

    private final JdbcTemplate jdbc;

    PurchasePriceLookupsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PurchaseOrderGoodsReceivedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        for (ReceivedLine line : event.lines()) {
            jdbc.update("insert into cmd_purchase_price (product_id, purchase_order_id, unit_price, currency, priced_at) "
                    + "select l.product_id, l.purchase_order_id, l.unit_price, o.currency, ? "
                    + "from cmd_purchase_order_line l join cmd_purchase_order o using (purchase_order_id) "
                    + "where l.purchase_order_id = ? and l.line_id = ? "
                    + "on conflict (product_id) do update set purchase_order_id = excluded.purchase_order_id, "
                    + "unit_price = excluded.unit_price, currency = excluded.currency, priced_at = excluded.priced_at "
                    + "where cmd_purchase_price.priced_at <= excluded.priced_at",
                    Timestamp.from(at), event.purchaseOrderId(), line.lineId());
        }
    }
}
