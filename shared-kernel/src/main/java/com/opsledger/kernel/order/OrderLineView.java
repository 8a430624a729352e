package com.opsledger.kernel.order;

import java.math.BigDecimal;

/**
 * A line and where its units stand: {@code quantity} = {@code reserved} + {@code backordered} + {@code cancelled}
 * + {@code pending} (not yet handled). {@code allocated} is the part of {@code reserved} that came through the
 * backorder. {@code outForDelivery} and {@code delivered} are the parts of {@code reserved} on the road and handed
 * over. Status: pending, backordered, fulfilled (everything still wanted is reserved), out-for-delivery, delivered
 * (everything still wanted was handed over) or cancelled.
 */
public record OrderLineView(String id, String productId, String stockItemId, String unit, BigDecimal quantity,
                            BigDecimal reserved, BigDecimal backordered, BigDecimal allocated, BigDecimal cancelled,
                            BigDecimal pending, String status, String backorderId, BigDecimal outForDelivery,
                            BigDecimal delivered) {
}
