package com.opsledger.kernel.replenishment;

import java.math.BigDecimal;

/** A transfer the replenishment proposal suggests: {@code quantity} from a warehouse with surplus. */
public record ProposedTransfer(String fromWarehouseId, BigDecimal quantity, BigDecimal available,
                               BigDecimal surplus) {
}
