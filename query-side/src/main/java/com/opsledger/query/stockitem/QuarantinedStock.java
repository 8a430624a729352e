package com.opsledger.query.stockitem;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What quality holds in quarantine of a product, per warehouse: the seam the quality checks' read model fills. Until
 * a bean of its own is there, nothing is quarantined.
 */
public interface QuarantinedStock {

    Map<String, BigDecimal> perWarehouse(String productId);
}
