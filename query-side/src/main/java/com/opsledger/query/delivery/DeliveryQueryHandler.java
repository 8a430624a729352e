package com.opsledger.query.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.delivery.DeliveryView;
import com.opsledger.kernel.delivery.FindDeliveryQuery;
import com.opsledger.kernel.delivery.ListDeliveriesQuery;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deliveries with their order's delivery address (read from the order, so that a customer's erasure takes it from
 * both); a portal customer sees only their own, without route, driver or vehicle, a driver those of their routes.
 */
@Component
class DeliveryQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "d.created_at", "updatedAt", "d.updated_at",
            "status", "d.status", "number", "d.number", "slotFrom", "d.slot_from");
    private static final String SELECT = "select d.view, o.delivery_address, d.created_at, d.updated_at, d.status, "
            + "d.number, d.slot_from";
    private static final String FROM = "from delivery_view d left join order_view o on o.id = d.order_id where true";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    DeliveryQueryHandler(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    DeliveryView handle(FindDeliveryQuery query) {
        SqlFilter where = scoped(SqlFilter.from(FROM).andAlways("d.id = ?", query.deliveryId()),
                query.scopeCustomerId(), query.scopeDriverId());
        List<DeliveryView> found = jdbc.query(SELECT + " " + where.sql(), (rs, n) -> view(rs, query.scopeCustomerId()),
                where.args().toArray());
        return found.isEmpty() ? null : found.get(0);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<DeliveryView> handle(ListDeliveriesQuery query) {
        SqlFilter where = scoped(SqlFilter.from(FROM), query.scopeCustomerId(), query.scopeDriverId())
                .and("d.order_id = ?", query.orderId())
                .and("d.status = ?", query.status())
                .and("d.route_id = ?", query.routeId())
                .and("d.customer_id = ?", query.customerId())
                .and("d.created_at >= ?", query.from() == null ? null : Timestamp.from(query.from()))
                .and("d.created_at < ?", query.to() == null ? null : Timestamp.from(query.to()));
        return JdbcPages.page(jdbc, SELECT, where.sql(), where.args(), query.page(), SORTABLE, Set.of("d.slot_from"),
                "d.id", (rs, n) -> view(rs, query.scopeCustomerId()));
    }

    /** A held caller sees their customer's deliveries, or (a driver) those of their routes, nothing else. */
    private static SqlFilter scoped(SqlFilter where, String scopeCustomerId, String scopeDriverId) {
        if (scopeCustomerId == null && scopeDriverId == null) {
            return where;
        }
        return where.andAlways("(d.customer_id = ? or d.driver_id = ?)", String.valueOf(scopeCustomerId),
                String.valueOf(scopeDriverId));
    }

    private DeliveryView view(ResultSet rs, String scopeCustomerId) throws SQLException {
        DeliveryView d = DeliveryRowsInBatch.read(rs);
        DeliveryView withAddress = new DeliveryView(d.id(), d.number(), d.orderId(), d.customerId(), d.warehouseId(),
                d.status(), d.lines(), address(rs.getString("delivery_address")), d.timeSlot(), d.instructions(),
                d.routeId(), d.stopSequence(), d.eta(), d.driverId(), d.vehicleId(), d.dispatchedAt(),
                d.deliveredAt(), d.receivedBy(), d.failureReason(), d.failureNote(), d.returnDisposition(), d.proof(),
                d.createdAt(), d.updatedAt(), d.version());
        boolean customerHeld = scopeCustomerId != null && scopeCustomerId.equals(d.customerId());
        return customerHeld ? DeliveryScopes.forCustomer(withAddress) : withAddress;
    }

    private Address address(String text) {
        try {
            return text == null ? null : json.readValue(text, Address.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
