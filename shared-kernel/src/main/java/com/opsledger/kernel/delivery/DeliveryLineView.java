package com.opsledger.kernel.delivery;

import java.math.BigDecimal;

/** An order line on a delivery and how much of it goes. */
public record DeliveryLineView(String lineId, String productId, String stockItemId, String unit,
                               BigDecimal quantity) {
}
