package com.opsledger.kernel.purchaseorder;

/** Who may approve a purchase order of a given total: nobody needed, a manager, or an admin. */
public enum ApprovalLevel {
    AUTOMATIC, MANAGER, ADMIN;

    /** Whether someone approving at this level may approve an order that needs {@code required}. */
    public boolean covers(ApprovalLevel required) {
        return compareTo(required) >= 0;
    }
}
