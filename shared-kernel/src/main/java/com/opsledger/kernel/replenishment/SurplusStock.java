package com.opsledger.kernel.replenishment;

import java.math.BigDecimal;

/**
 * What another warehouse holds of a product that it could give: {@code available} (on hand less reserved) and the
 * part of it above its own needs, {@code surplus} (see {@link TransferFirstRule#surplus}).
 */
public record SurplusStock(String warehouseId, BigDecimal available, BigDecimal surplus) {
}
