package com.opsledger.kernel.replenishment;

import java.math.BigDecimal;

/**
 * What is left to purchase once the proposed transfers are counted, and the open replenishment draft purchase order
 * that gathers it ({@code purchaseOrderId} and the quantity its line holds, {@code onDraft}; null when there is none).
 */
public record ProposedPurchaseView(BigDecimal quantity, String purchaseOrderId, BigDecimal onDraft) {
}
