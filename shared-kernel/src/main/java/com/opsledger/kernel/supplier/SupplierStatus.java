package com.opsledger.kernel.supplier;

import java.util.Map;
import java.util.Set;

/** Where a supplier stands: only an active supplier receives purchase orders. */
public enum SupplierStatus {
    PENDING, ACTIVE, SUSPENDED, INACTIVE;

    private static final Map<SupplierStatus, Set<SupplierStatus>> NEXT = Map.of(
            PENDING, Set.of(ACTIVE, INACTIVE),
            ACTIVE, Set.of(SUSPENDED, INACTIVE),
            SUSPENDED, Set.of(ACTIVE, INACTIVE),
            INACTIVE, Set.of(ACTIVE));

    public boolean mayBecome(SupplierStatus next) {
        return NEXT.get(this).contains(next);
    }
}
