package com.opsledger.kernel.replenishment;

import java.math.BigDecimal;
import java.util.List;

/** A shortfall split into transfers from warehouses with surplus first, and the rest to purchase. */
public record ReplenishmentSplit(BigDecimal shortfall, List<ProposedTransfer> transfers, BigDecimal purchase) {
}
