package com.opsledger.command.delivery;

import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.kernel.delivery.DeliveryLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-dispatch quality gate: goods of a product inspected {@value #ON_DISPATCH} leave only from batches whose
 * latest pre-dispatch quality check in that warehouse passed. The batches a line would leave from are those its
 * stock item issues first (first expiry first out).
 */
final class PreDispatchGate {

    static final String ON_DISPATCH = "on-receipt-and-dispatch";

    /** The batches (null: stock without a batch) {@code quantity} of a stock item would be issued from. */
    interface Batches {
        List<String> issued(String stockItemId, BigDecimal quantity);
    }

    /** Whether the latest pre-dispatch check of a product's batch in a warehouse passed. */
    interface Checks {
        boolean passed(String productId, String warehouseId, String batch);
    }

    private PreDispatchGate() {
    }

    static List<String> missing(String warehouseId, List<DeliveryLine> lines, ProductFacts products, Batches batches,
                                Checks checks) {
        List<String> missing = new ArrayList<>();
        for (DeliveryLine line : lines) {
            boolean inspected = products.of(line.productId()).map(f -> ON_DISPATCH.equals(f.inspection()))
                    .orElse(false);
            if (!inspected) {
                continue;
            }
            for (String batch : batches.issued(line.stockItemId(), line.quantity().amount())) {
                if (!checks.passed(line.productId(), warehouseId, batch)) {
                    missing.add((batch == null ? "stock without a batch" : "batch " + batch) + " of product "
                            + line.productId() + " has no passed pre-dispatch quality check");
                }
            }
        }
        return missing;
    }
}
