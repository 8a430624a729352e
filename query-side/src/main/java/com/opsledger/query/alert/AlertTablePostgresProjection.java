package com.opsledger.query.alert;

import com.opsledger.kernel.alert.AlertAcknowledgedEvent;
import com.opsledger.kernel.alert.AlertKinds;
import com.opsledger.kernel.alert.AlertResolvedEvent;
import com.opsledger.kernel.alert.AlertView;
import com.opsledger.kernel.alert.SupplierDeliveryLateEvent;
import com.opsledger.kernel.backorder.BackorderClosedEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderSlaAtRiskEvent;
import com.opsledger.kernel.backorder.BackorderSlaBreachedEvent;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.qualitycheck.QualityCheckRejectedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockLevelsChangedEvent;
import com.opsledger.kernel.storagelocation.ExcursionEndedEvent;
import com.opsledger.kernel.storagelocation.ExcursionStartedEvent;
import com.opsledger.kernel.useraccount.LoginFailedEvent;
import com.opsledger.query.alert.AlertChanges.Subject;
import com.opsledger.query.alert.AlertReferences.BackorderRef;
import com.opsledger.query.alert.AlertReferences.ProductRef;
import com.opsledger.query.alert.AlertReferences.SignInRef;
import com.opsledger.query.alert.AlertReferences.StockRef;
import com.opsledger.query.common.ReadModelTables;
import com.opsledger.query.common.StatesInBatch;
import com.opsledger.query.common.BackfillsHistory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static com.opsledger.kernel.alert.AlertKinds.alertId;
import static com.opsledger.query.common.Amounts.plain;

/**
 * The staff alert inbox, raised and resolved by the events of the records the alerts are about, and acknowledged and
 * resolved by the events of the alerts' own records (what people did). Every alert's id is named after its kind and
 * subject (and, for a condition that can come back, how many times it came), so a replay gives the same ids.
 */
@Component
@BackfillsHistory
@ReadModelTables({"alert_view", "alert_backorder_ref", "alert_product_ref", "alert_stock_ref", "alert_sign_in_ref"})
@ProcessingGroup("alerts-postgres")
class AlertTablePostgresProjection {

    private static final Set<PurchaseOrderStatus> DELIVERY_OVER = Set.of(PurchaseOrderStatus.RECEIVED,
            PurchaseOrderStatus.CLOSED, PurchaseOrderStatus.CANCELLED);

    private final JdbcTemplate jdbc;
    private final StatesInBatch<AlertView> alerts;
    private final AlertReferences refs;
    private final SignInFailureWindow signInWindow;

    AlertTablePostgresProjection(JdbcTemplate jdbc, SignInFailureWindow signInWindow) {
        this.jdbc = jdbc;
        this.signInWindow = signInWindow;
        this.refs = new AlertReferences(jdbc);
        this.alerts = new StatesInBatch<>(AlertTablePostgresProjection.class.getName(),
                AlertTablePostgresProjection::alertOf, AlertReferences.<AlertView>store(jdbc,
                "select * from alert_view where id = any(?)", AlertRows::view, AlertView::id, AlertRows.UPSERT,
                AlertRows::arguments));
    }

    /** The alert an event raises or changes, where its id follows from the event alone (to read ahead per batch). */
    private static String alertOf(Object payload) {
        if (payload instanceof BackorderSlaAtRiskEvent e) {
            return alertId(AlertKinds.SLA_AT_RISK, e.backorderId());
        }
        if (payload instanceof BackorderSlaBreachedEvent e) {
            return alertId(AlertKinds.SLA_BREACHED, e.backorderId());
        }
        if (payload instanceof BackorderClosedEvent e) {
            return alertId(AlertKinds.SLA_BREACHED, e.backorderId());
        }
        if (payload instanceof SupplierDeliveryLateEvent e) {
            return e.alertId();
        }
        if (payload instanceof PurchaseOrderEvent e) {
            return alertId(AlertKinds.SUPPLIER_LATE, e.purchaseOrderId());
        }
        if (payload instanceof QualityCheckRejectedEvent e) {
            return alertId(AlertKinds.QUALITY_REJECTED, e.qualityCheckId());
        }
        if (payload instanceof ExcursionStartedEvent e) {
            return alertId(AlertKinds.TEMPERATURE_EXCURSION, e.alertId());
        }
        if (payload instanceof ExcursionEndedEvent e) {
            return alertId(AlertKinds.TEMPERATURE_EXCURSION, e.alertId());
        }
        if (payload instanceof AlertAcknowledgedEvent e) {
            return e.alertId();
        }
        return payload instanceof AlertResolvedEvent e ? e.alertId() : null;
    }

    @EventHandler
    void on(BackorderCreatedEvent e) {
        if (refs.backorders.find(e.backorderId()).isEmpty()) {
            refs.backorders.put(e.backorderId(), new BackorderRef(e.backorderId(), e.warehouseId(), e.customerId(),
                    e.supplierId(), e.productId()));
        }
    }

    @EventHandler
    void on(BackorderSlaAtRiskEvent e, EventMessage<?> message) {
        raise(AlertKinds.SLA_AT_RISK, e.backorderId(), backorder(e.backorderId(), e.customerId()),
                "Backorder SLA at risk", "due " + e.slaDueDate(), message.getTimestamp());
    }

    /** A breach supersedes the warning that it was at risk. */
    @EventHandler
    void on(BackorderSlaBreachedEvent e, EventMessage<?> message) {
        resolveBySystem(alertId(AlertKinds.SLA_AT_RISK, e.backorderId()), message.getTimestamp());
        raise(AlertKinds.SLA_BREACHED, e.backorderId(), backorder(e.backorderId(), e.customerId()),
                "Backorder SLA breached", "was due " + e.slaDueDate(), message.getTimestamp());
    }

    /** Filled or cancelled: its SLA alerts are over. */
    @EventHandler
    void on(BackorderClosedEvent e, EventMessage<?> message) {
        resolveBySystem(alertId(AlertKinds.SLA_AT_RISK, e.backorderId()), message.getTimestamp());
        resolveBySystem(alertId(AlertKinds.SLA_BREACHED, e.backorderId()), message.getTimestamp());
    }

    @EventHandler
    void on(ProductCreatedEvent e) {
        if (refs.products.find(e.productId()).isEmpty()) {
            refs.products.put(e.productId(), new ProductRef(e.productId(), e.sku(),
                    plain(e.reorderPoint().amount())));
        }
    }

    /** A new reorder point can put the product's stock items below it, or lift them out. */
    @EventHandler
    void on(ProductUpdatedEvent e, EventMessage<?> message) {
        ProductRef before = refs.products.find(e.productId()).orElse(null);
        if (before == null) {
            return;
        }
        ProductRef after = new ProductRef(before.productId(), before.sku(), plain(e.reorderPoint().amount()));
        if (after.reorderPoint().compareTo(before.reorderPoint()) == 0) {
            return;
        }
        refs.products.put(e.productId(), after);
        Set<String> items = new TreeSet<>(jdbc.queryForList("select stock_item_id from alert_stock_ref "
                + "where product_id = ?", String.class, e.productId()));
        refs.stock.inBatch().stream().filter(item -> item.productId().equals(e.productId()))
                .forEach(item -> items.add(item.stockItemId()));
        for (String stockItemId : items) {
            refs.stock.find(stockItemId).ifPresent(item -> judge(item, item.available(), after,
                    message.getTimestamp()));
        }
    }

    @EventHandler
    void on(StockItemOpenedEvent e) {
        if (refs.stock.find(e.stockItemId()).isEmpty()) {
            refs.stock.put(e.stockItemId(), new StockRef(e.stockItemId(), e.productId(), e.warehouseId(),
                    BigDecimal.ZERO, false, 0));
        }
    }

    /** A movement that leaves an item's available stock below its product's reorder point raises an alert. */
    @EventHandler
    void on(StockLevelsChangedEvent e, EventMessage<?> message) {
        StockRef item = refs.stock.find(e.stockItemId()).orElse(null);
        if (item != null) {
            judge(item, plain(e.levels().available().amount()), refs.products.find(item.productId()).orElse(null),
                    message.getTimestamp());
        }
    }

    @EventHandler
    void on(SupplierDeliveryLateEvent e, EventMessage<?> message) {
        raise(AlertKinds.SUPPLIER_LATE, e.purchaseOrderId(), new Subject("purchase-order", e.purchaseOrderId(),
                        e.warehouseId(), null, e.supplierId()), "Purchase order " + e.number() + " is late",
                "expected " + e.expectedDate() + ", not fully received", message.getTimestamp());
    }

    /** Received in full, closed or cancelled: nothing is late any more. */
    @EventHandler
    void on(PurchaseOrderEvent e, EventMessage<?> message) {
        PurchaseOrderStatus status = PurchaseOrderStatus.after(e, null);
        if (status != null && DELIVERY_OVER.contains(status)) {
            resolveBySystem(alertId(AlertKinds.SUPPLIER_LATE, e.purchaseOrderId()), message.getTimestamp());
        }
    }

    @EventHandler
    void on(QualityCheckRejectedEvent e, EventMessage<?> message) {
        raise(AlertKinds.QUALITY_REJECTED, e.qualityCheckId(), new Subject("quality-check", e.qualityCheckId(),
                        e.warehouseId(), null, e.supplierId()), "Quality check rejected" + (e.batch() == null ? ""
                        : ": batch " + e.batch()), e.reason(), message.getTimestamp());
    }

    @EventHandler
    void on(ExcursionStartedEvent e, EventMessage<?> message) {
        raise(AlertKinds.TEMPERATURE_EXCURSION, e.alertId(), new Subject("storage-location", e.storageLocationId(),
                        e.warehouseId(), null, null), "Temperature out of range",
                degrees(e.temperatureC()) + " since " + e.startedAt() + " (range "
                        + degrees(e.range().temperatureMinC()) + " to " + degrees(e.range().temperatureMaxC()) + ")",
                message.getTimestamp());
    }

    @EventHandler
    void on(ExcursionEndedEvent e, EventMessage<?> message) {
        resolveBySystem(alertId(AlertKinds.TEMPERATURE_EXCURSION, e.alertId()), message.getTimestamp());
    }

    /** Enough failures in the window raise an alert, unless the user's last one is still unresolved. */
    @EventHandler
    void on(LoginFailedEvent e, EventMessage<?> message) {
        if (e.userId() == null) {
            return;
        }
        SignInRef before = refs.signIns.find(e.userId()).orElse(new SignInRef(e.userId(), List.of(), 0));
        List<Instant> failures = signInWindow.after(before.failures(), message.getTimestamp());
        int episode = before.episode();
        if (signInWindow.alerts(failures) && !unresolved(signInAlert(e.userId(), episode))) {
            episode++;
            raise(AlertKinds.FAILED_SIGN_INS, e.userId() + "/" + episode, new Subject("user", e.userId(), null, null,
                    null), "Repeated failed sign-ins", signInWindow.describe(failures), message.getTimestamp());
        }
        refs.signIns.put(e.userId(), new SignInRef(e.userId(), failures, episode));
    }

    @EventHandler
    void on(AlertAcknowledgedEvent e, EventMessage<?> message) {
        change(e.alertId(), a -> AlertChanges.acknowledged(a, userOf(message), message.getTimestamp(), e.note()));
    }

    @EventHandler
    void on(AlertResolvedEvent e, EventMessage<?> message) {
        change(e.alertId(), a -> AlertChanges.resolved(a, userOf(message), message.getTimestamp(), e.note()));
    }

    @ResetHandler
    void reset() {
        for (String table : new String[]{"alert_view", "alert_backorder_ref", "alert_product_ref", "alert_stock_ref",
                "alert_sign_in_ref"}) {
            jdbc.update("delete from " + table);
        }
    }

    private void judge(StockRef item, BigDecimal available, ProductRef product, Instant at) {
        boolean below = product != null && available.compareTo(product.reorderPoint()) < 0;
        int episode = item.episode();
        if (below && !item.below()) {
            episode++;
            raise(AlertKinds.BELOW_REORDER_POINT, item.stockItemId() + "/" + episode, new Subject("stock-item",
                            item.stockItemId(), item.warehouseId(), null, null),
                    "Below reorder point: " + product.sku(), "available " + available.toPlainString()
                            + ", reorder point " + product.reorderPoint().toPlainString(), at);
        } else if (!below && item.below()) {
            resolveBySystem(alertId(AlertKinds.BELOW_REORDER_POINT, item.stockItemId() + "/" + episode), at);
        }
        if (below != item.below() || available.compareTo(item.available()) != 0) {
            refs.stock.put(item.stockItemId(), new StockRef(item.stockItemId(), item.productId(), item.warehouseId(),
                    available, below, episode));
        }
    }

    private Subject backorder(String backorderId, String customerId) {
        BackorderRef ref = refs.backorders.find(backorderId).orElse(null);
        return new Subject("backorder", backorderId, ref == null ? null : ref.warehouseId(), customerId,
                ref == null ? null : ref.supplierId());
    }

    private void raise(String kind, String key, Subject subject, String title, String detail, Instant at) {
        String id = alertId(kind, key);
        if (alerts.find(id).isEmpty()) {
            alerts.put(id, AlertChanges.raised(id, kind, subject, AlertRows.cut(title, 300), AlertRows.cut(detail,
                    2000), at));
        }
    }

    private void resolveBySystem(String id, Instant at) {
        change(id, a -> AlertChanges.resolved(a, AlertChanges.SYSTEM, at, null));
    }

    private void change(String id, UnaryOperator<AlertView> change) {
        alerts.find(id).ifPresent(alert -> {
            AlertView next = change.apply(alert);
            if (next != alert) {
                alerts.put(id, next);
            }
        });
    }

    private boolean unresolved(String id) {
        return alerts.find(id).map(a -> !a.status().equals("resolved")).orElse(false);
    }

    private static String signInAlert(String userId, int episode) {
        return alertId(AlertKinds.FAILED_SIGN_INS, userId + "/" + episode);
    }

    private static String degrees(BigDecimal celsius) {
        return celsius == null ? "?" : plain(celsius).toPlainString() + " °C";
    }

    private static String userOf(EventMessage<?> message) {
        Object userId = message.getMetaData().get("userId");
        return userId == null ? null : userId.toString();
    }
}
