package com.opsledger.kernel.replenishment;

import java.math.BigDecimal;

/**
 * A transfer proposed from a warehouse with surplus: {@code quantity} of the {@code surplus} it has (of its
 * {@code available} stock), with the request that creates it.
 */
public record ProposedTransferView(String fromWarehouseId, BigDecimal quantity, BigDecimal available,
                                   BigDecimal surplus, ProposedTransferRequest transferRequest) {
}
