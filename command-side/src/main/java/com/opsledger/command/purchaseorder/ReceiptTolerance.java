package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How much more than ordered a line may receive, in per cent of the ordered quantity; beyond it is refused. */
public record ReceiptTolerance(BigDecimal percent) {

    public ReceiptTolerance {
        if (percent == null || percent.signum() < 0) {
            throw new InvalidValueException("over-receipt tolerance", "must be zero or more per cent");
        }
    }

    /** The most a line ordered at {@code ordered} may receive in all. */
    public Quantity limit(Quantity ordered) {
        BigDecimal extra = ordered.amount().multiply(percent)
                .divide(BigDecimal.valueOf(100), Quantity.MAX_SCALE, RoundingMode.DOWN);
        return Quantity.of(ordered.amount().add(extra), ordered.unit());
    }
}
