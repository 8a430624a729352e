package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.purchaseorder.ApprovalLevel;

import java.util.Locale;

/** The approval level a caller holds by their roles: admin, manager, or none; the application itself is admin. */
final class ApproverLevels {

    private ApproverLevels() {
    }

    static ApprovalLevel of(Caller caller) {
        if (Caller.SYSTEM.equals(caller.userId()) || hasRole(caller, "admin")) {
            return ApprovalLevel.ADMIN;
        }
        return hasRole(caller, "manager") ? ApprovalLevel.MANAGER : null;
    }

    private static boolean hasRole(Caller caller, String role) {
        return caller.roles().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).equals(role));
    }
}
