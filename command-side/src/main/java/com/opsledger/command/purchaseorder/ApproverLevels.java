package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.purchaseorder.ApprovalLevel;

/**
 * The approval level a caller holds by their permissions: {@code purchase-orders:approve-any} (admins, or a custom
 * role given it) approves any amount, {@code purchase-orders:approve} up to the admin threshold.
 */
final class ApproverLevels {

    private ApproverLevels() {
    }

    static ApprovalLevel of(Caller caller) {
        if (caller.has("purchase-orders:approve-any")) {
            return ApprovalLevel.ADMIN;
        }
        return caller.has("purchase-orders:approve") ? ApprovalLevel.MANAGER : null;
    }
}
