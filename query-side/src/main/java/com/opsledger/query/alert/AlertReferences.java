package com.opsledger.query.alert;

import com.opsledger.kernel.backorder.BackorderEvent;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockLevelsChangedEvent;
import com.opsledger.kernel.useraccount.LoginFailedEvent;
import com.opsledger.query.common.StatesInBatch;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the alerts keep of the records they watch (a backorder's warehouse and supplier, a product's reorder point, a
 * stock item's availability and how often it fell below it, a user's recent failed sign-ins), each read once per
 * processing batch and written back as one JDBC batch when it commits.
 */
final class AlertReferences {

    record BackorderRef(String backorderId, String warehouseId, String customerId, String supplierId,
                        String productId) {
    }

    record ProductRef(String productId, String sku, BigDecimal reorderPoint) {
    }

    /** {@code episode}: how many times the item fell below its reorder point, which names each of its alerts. */
    record StockRef(String stockItemId, String productId, String warehouseId, BigDecimal available, boolean below,
                    int episode) {
    }

    /** {@code episode}: how many failed sign-in alerts the user had, which names each of them. */
    record SignInRef(String userId, List<Instant> failures, int episode) {
    }

    final StatesInBatch<BackorderRef> backorders;
    final StatesInBatch<ProductRef> products;
    final StatesInBatch<StockRef> stock;
    final StatesInBatch<SignInRef> signIns;

    AlertReferences(JdbcTemplate jdbc) {
        String key = AlertReferences.class.getName();
        backorders = new StatesInBatch<>(key + ".backorders",
                payload -> payload instanceof BackorderEvent e ? e.backorderId() : null,
                AlertReferences.<BackorderRef>store(jdbc,
                        "select * from alert_backorder_ref where backorder_id = any(?)",
                        rs -> new BackorderRef(rs.getString("backorder_id"), rs.getString("warehouse_id"),
                                rs.getString("customer_id"), rs.getString("supplier_id"), rs.getString("product_id")),
                        BackorderRef::backorderId,
                        "insert into alert_backorder_ref (backorder_id, warehouse_id, customer_id, supplier_id, "
                                + "product_id) values (?, ?, ?, ?, ?) on conflict (backorder_id) do nothing",
                        b -> new Object[]{b.backorderId(), b.warehouseId(), b.customerId(), b.supplierId(),
                                b.productId()}));
        products = new StatesInBatch<>(key + ".products", AlertReferences::productOf,
                AlertReferences.<ProductRef>store(jdbc, "select * from alert_product_ref where product_id = any(?)",
                        rs -> new ProductRef(rs.getString("product_id"), rs.getString("sku"),
                                rs.getBigDecimal("reorder_point")), ProductRef::productId,
                        "insert into alert_product_ref (product_id, sku, reorder_point) values (?, ?, ?) "
                                + "on conflict (product_id) do update set reorder_point = excluded.reorder_point",
                        p -> new Object[]{p.productId(), p.sku(), p.reorderPoint()}));
        stock = new StatesInBatch<>(key + ".stock", AlertReferences::stockItemOf,
                AlertReferences.<StockRef>store(jdbc, "select * from alert_stock_ref where stock_item_id = any(?)",
                        rs -> new StockRef(rs.getString("stock_item_id"), rs.getString("product_id"),
                                rs.getString("warehouse_id"), rs.getBigDecimal("available"), rs.getBoolean("below"),
                                rs.getInt("episode")), StockRef::stockItemId,
                        "insert into alert_stock_ref (stock_item_id, product_id, warehouse_id, available, below, "
                                + "episode) values (?, ?, ?, ?, ?, ?) on conflict (stock_item_id) do update set "
                                + "available = excluded.available, below = excluded.below, episode = excluded.episode",
                        s -> new Object[]{s.stockItemId(), s.productId(), s.warehouseId(), s.available(), s.below(),
                                s.episode()}));
        signIns = new StatesInBatch<>(key + ".signIns",
                payload -> payload instanceof LoginFailedEvent e ? e.userId() : null,
                AlertReferences.<SignInRef>store(jdbc, "select * from alert_sign_in_ref where user_id = any(?)",
                        rs -> new SignInRef(rs.getString("user_id"), failures(rs.getString("failures")),
                                rs.getInt("episode")), SignInRef::userId,
                        "insert into alert_sign_in_ref (user_id, failures, episode) values (?, ?, ?) "
                                + "on conflict (user_id) do update set failures = excluded.failures, "
                                + "episode = excluded.episode",
                        s -> new Object[]{s.userId(), s.failures().stream().map(Instant::toString)
                                .collect(Collectors.joining(",")), s.episode()}));
    }

    private static String productOf(Object payload) {
        if (payload instanceof ProductCreatedEvent e) {
            return e.productId();
        }
        return payload instanceof ProductUpdatedEvent e ? e.productId() : null;
    }

    private static String stockItemOf(Object payload) {
        if (payload instanceof StockItemOpenedEvent e) {
            return e.stockItemId();
        }
        return payload instanceof StockLevelsChangedEvent e ? e.stockItemId() : null;
    }

    private static List<Instant> failures(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split(","))
                .map(Instant::parse).toList();
    }

    interface RowReader<S> {
        S read(ResultSet rs) throws java.sql.SQLException;
    }

    static <S> StatesInBatch.Store<S> store(JdbcTemplate jdbc, String select, RowReader<S> reader,
                                            Function<S, String> idOf, String upsert,
                                            Function<S, Object[]> arguments) {
        return new StatesInBatch.Store<>() {
            @Override
            public Map<String, S> read(Collection<String> ids) {
                Map<String, S> read = new HashMap<>();
                jdbc.query(select, (ResultSet rs) -> {
                    S state = reader.read(rs);
                    read.put(idOf.apply(state), state);
                }, (Object) ids.toArray(String[]::new));
                return read;
            }

            @Override
            public void write(List<S> states) {
                jdbc.batchUpdate(upsert, states.stream().map(arguments).toList());
            }
        };
    }
}
