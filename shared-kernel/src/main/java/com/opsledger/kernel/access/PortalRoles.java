package com.opsledger.kernel.access;

import java.util.Set;

/**
 * The seeded roles of people outside the business, each held to the party they are linked to: what a user of one of
 * them sees ({@link Scope}) and which link their account needs are decided from these names alone.
 */
public final class PortalRoles {

    public static final String CUSTOMER_PORTAL = "customer-portal";
    public static final String SUPPLIER_PORTAL = "supplier-portal";
    public static final String DELIVERY_DRIVER = "delivery-driver";
    public static final Set<String> ALL = Set.of(CUSTOMER_PORTAL, SUPPLIER_PORTAL, DELIVERY_DRIVER);

    private PortalRoles() {
    }
}
