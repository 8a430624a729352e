package com.opsledger.kernel.access;

import java.util.Set;

/**
 * Who is calling: the signed-in user with the permissions of their roles, the customer, supplier or driver they are
 * linked to, and the {@link Scope} of records they may see, decided once where the caller is read. A controller
 * takes it as a parameter to scope what it answers. Without a scope, a caller sees nothing.
 */
public record Caller(String userId, String username, Set<String> roles, Set<String> permissions, String customerId,
                     String supplierId, String driverId, Scope scope) {

    public static final String SYSTEM = "system";

    public Caller {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
        scope = scope == null ? Scope.nothing() : scope;
    }

    /** The application itself (start-up, sagas, tests of the domain): unrestricted. */
    public static Caller system() {
        return new Caller(SYSTEM, SYSTEM, Set.of(), Set.of("*"), null, null, null, Scope.everything());
    }

    public boolean has(String permission) {
        return Permissions.grants(permissions, permission);
    }

    /** True when this caller is held to some records only (a portal user, a driver, anyone linked to a party). */
    public boolean isScoped() {
        return !scope.unrestricted();
    }

    /**
     * The one customer whose records alone this caller may touch: null when the caller is not held to one,
     * {@link Scope#NO_RECORD} when they are held and no customer is theirs.
     */
    public String customerScope() {
        return scope.customerFilter();
    }

    /** The supplier this caller is limited to, in the same way as {@link #customerScope()}. */
    public String supplierScope() {
        return scope.supplierFilter();
    }

    /** Whether a record belonging to this customer is visible to the caller. */
    public boolean maySeeCustomer(String ownerCustomerId) {
        return scope.seesCustomer(ownerCustomerId);
    }

    /** Whether a record belonging to this supplier is visible to the caller. */
    public boolean maySeeSupplier(String ownerSupplierId) {
        return scope.seesSupplier(ownerSupplierId);
    }
}
