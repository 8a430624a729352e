package com.opsledger.command.stockitem;

import com.opsledger.kernel.common.Money;

/**
 * {@code opsledger.waste.approval-above} (default 500 EUR): a write-off worth more waits for a manager's approval
 * before the stock leaves. A value in another currency cannot be compared and waits too; a write-off of a product with
 * neither cost nor purchase price has no value and needs none.
 */
public record WriteOffApproval(Money limit) {

    public boolean needed(Money value) {
        if (value == null) {
            return false;
        }
        return !value.currency().equals(limit.currency()) || value.isGreaterThan(limit);
    }
}
