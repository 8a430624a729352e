package com.opsledger.command.stocktake;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;

import java.math.BigDecimal;

/**
 * How large a stocktake variance may be before a manager must approve it: more than {@code maxQuantity} units either
 * way, or worth more than {@code maxValue} either way (in the value's own currency; a variance of a product without a
 * value is held to the quantity alone). {@code opsledger.stocktakes.approval.*}.
 */
public record VarianceLimits(BigDecimal maxQuantity, BigDecimal maxValue) {

    public boolean beyond(Quantity variance, Money value) {
        if (variance.amount().abs().compareTo(maxQuantity) > 0) {
            return true;
        }
        return value != null && value.amount().abs().compareTo(maxValue) > 0;
    }
}
