package com.opsledger.query.stockitem;

import java.math.BigDecimal;
import java.util.Map;

/** What transfers have dispatched towards each warehouse of a product and is neither received nor lost. */
public interface InTransitStock {

    Map<String, BigDecimal> towardsWarehouses(String productId);
}
