package com.opsledger.kernel.access;

import java.util.Set;

/**
 * Who is calling: the signed-in user with the permissions of their roles and, for portal users, the customer,
 * supplier or driver whose records are theirs. A controller takes it as a parameter to scope what it answers.
 */
public record Caller(String userId, String username, Set<String> roles, Set<String> permissions, String customerId,
                     String supplierId, String driverId) {

    public static final String SYSTEM = "system";

    public Caller {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    /** The application itself (start-up, sagas, tests of the domain): unrestricted. */
    public static Caller system() {
        return new Caller(SYSTEM, SYSTEM, Set.of(), Set.of("*"), null, null, null);
    }

    public boolean has(String permission) {
        return Permissions.grants(permissions, permission);
    }

    /** True when this caller sees only one customer's records (a customer-portal user). */
    public boolean actsForCustomer() {
        return customerId != null;
    }

    /** The one customer whose records alone this caller may touch; null when the caller is not held to one. */
    public String customerScope() {
        return actsForCustomer() ? customerId : null;
    }

    /** True when this caller sees only one supplier's records (a supplier-portal user). */
    public boolean actsForSupplier() {
        return supplierId != null;
    }

    /** The supplier a supplier-portal user is limited to; null for everyone else. */
    public String supplierScope() {
        return actsForSupplier() ? supplierId : null;
    }

    /** True when this caller sees only their own deliveries (a driver). */
    public boolean actsAsDriver() {
        return driverId != null;
    }

    /** Whether a record belonging to this customer is visible to the caller. */
    public boolean maySeeCustomer(String ownerCustomerId) {
        return !actsForCustomer() || customerId.equals(ownerCustomerId);
    }

    /** Whether a record belonging to this supplier is visible to the caller. */
    public boolean maySeeSupplier(String ownerSupplierId) {
        return !actsForSupplier() || supplierId.equals(ownerSupplierId);
    }

    /** Whether a record assigned to this driver is visible to the caller. */
    public boolean maySeeDriver(String assignedDriverId) {
        return !actsAsDriver() || driverId.equals(assignedDriverId);
    }
}
