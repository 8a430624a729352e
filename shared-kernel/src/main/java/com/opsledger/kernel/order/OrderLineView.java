package com.opsledger.kernel.order;

import java.math.BigDecimal;

/**
 * A line and where its units stand: {@code quantity} = {@code reserved} + {@code backordered} + {@code cancelled}
 * + {@code pending} (not yet handled). {@code allocated} is the part of {@code reserved} that came through the
 * backorder. Status: pending, backordered, fulfilled (everything still wanted is reserved) or cancelled.
 * {@code unitPrice} is the price agreed at the order (null when unpriced), {@code value} = ({@code quantity} -
 * {@code cancelled}) x {@code unitPrice}, in the order's currency.
 */
public record OrderLineView(String id, String productId, String stockItemId, String unit, BigDecimal quantity,
                            BigDecimal reserved, BigDecimal backordered, BigDecimal allocated, BigDecimal cancelled,
                            BigDecimal pending, String status, String backorderId, BigDecimal unitPrice,
                            BigDecimal value) {
}
