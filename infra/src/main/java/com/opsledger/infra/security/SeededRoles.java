package com.opsledger.infra.security;

import com.opsledger.kernel.access.PortalRoles;
import java.util.List;
import java.util.Set;

/**
 * The roles every installation starts with; an administrator can change them (except admin) and add others. A change
 * to a seed reaches installations seeded before it as a {@link Revision}, applied once.
 */
final class SeededRoles {

    record Seed(String name, String description, Set<String> permissions) {
    }

    /**
     * A change to a seeded role for installations that have it already: grants and withdraws these permissions,
     * leaving what an administrator changed otherwise; applied once (recorded by {@code id}).
     */
    record Revision(String id, String role, String description, Set<String> grant, Set<String> withdraw) {
    }

    static final String STAFF_DESCRIPTION = "Stock movements, receipts, quality checks, orders on a customer's behalf "
            + "and backorder handling";
    static final String MANAGER_DESCRIPTION = "Reports, approvals, supplier communication and backorder priority";
    static final String CUSTOMER_SERVICE_DESCRIPTION = "Read-only on orders, backorders, customers and stock";
    static final String SUPPLIER_PORTAL_DESCRIPTION = "Their own supplier's purchase orders, invoices and payments";

    private static final Set<String> REFERENCE_READ = Set.of("products:read", "warehouses:read");
    /** Managers set up storage locations, watch the cold chain, acknowledge its alerts and approve large write-offs. */
    private static final Set<String> COLD_CHAIN_MANAGER = Set.of("storage-locations:read", "storage-locations:create",
            "storage-locations:update", "temperature-alerts:read", "temperature-alerts:acknowledge",
            "write-offs:approve");
    /** Warehouse staff record readings and see the locations and alerts. */
    private static final Set<String> COLD_CHAIN_STAFF = Set.of("storage-locations:read",
            "storage-locations:record-readings", "temperature-alerts:read");

    static final List<Seed> ALL = List.of(
            new Seed("admin", "Everything, including users, roles, sessions, replays and erasure", Set.of("*")),
            new Seed("manager", MANAGER_DESCRIPTION, union(
                    REFERENCE_READ, Set.of("stock-items:read", "search:read", "customers:read", "orders:read",
                            "backorders:read", "backorders:prioritize", "suppliers:*", "purchase-orders:read",
                            "purchase-orders:create", "purchase-orders:approve", "purchase-orders:send",
                            "purchase-orders:cancel", "purchase-orders:close", "invoices:*", "reports:*",
                            "deliveries:*",
                            "quality-checks:decide",
                            "quality-checks:read", "notifications:read", "stocktakes:*",
                            "vehicles:*", "drivers:*", "routes:*", "alerts:read", "alerts:handle"),
                    COLD_CHAIN_MANAGER)),
            new Seed("warehouse-staff", STAFF_DESCRIPTION, union(
                    REFERENCE_READ, Set.of("stock-items:*", "search:read", "customers:read", "orders:read",
                            "orders:create", "backorders:read", "backorders:cancel", "purchase-orders:read",
                            "purchase-orders:receive", "quality-checks:*", "deliveries:read", "deliveries:create",
                            "deliveries:dispatch", "deliveries:update", "deliveries:return", "deliveries:cancel", "stocktakes:read",
                            "stocktakes:create", "stocktakes:count", "reports:expiring",
                            "vehicles:read", "drivers:read", "routes:read", "alerts:read", "alerts:handle"),
                    COLD_CHAIN_STAFF)),
            new Seed("customer-service", CUSTOMER_SERVICE_DESCRIPTION, union(
                    REFERENCE_READ, Set.of("customers:read", "orders:read", "backorders:read",
                            "notifications:read", "stock-items:read", "search:read"))),
            new Seed(PortalRoles.DELIVERY_DRIVER, "Their own deliveries", Set.of("deliveries:read", "deliveries:update",
                    "drivers:read", "routes:read", "routes:start", "routes:complete", "routes:track")),
            new Seed(PortalRoles.CUSTOMER_PORTAL, "Their own customer's orders and backorders", Set.of("products:read",
                    "customers:read", "orders:read", "orders:create", "orders:cancel", "backorders:read",
                    "deliveries:read")),
            new Seed(PortalRoles.SUPPLIER_PORTAL, SUPPLIER_PORTAL_DESCRIPTION, Set.of("suppliers:read",
                    "purchase-orders:read", "purchase-orders:confirm", "invoices:read",
                    "quality-checks:read", "alerts:read")));

    static final List<Revision> REVISIONS = List.of(
            new Revision("warehouse-staff-orders-on-behalf", "warehouse-staff", STAFF_DESCRIPTION,
                    Set.of("orders:create", "customers:read"), Set.of("backorders:allocate")),
            new Revision("customer-service-reads-stock", "customer-service", CUSTOMER_SERVICE_DESCRIPTION,
                    Set.of("stock-items:read", "search:read"), Set.of()),
            new Revision("supplier-portal-payments-through-invoices", PortalRoles.SUPPLIER_PORTAL, SUPPLIER_PORTAL_DESCRIPTION,
                    Set.of(), Set.of("payments:read")),
            new Revision("manager-decides-quality-checks", "manager", "Reports, approvals, supplier communication "
                    + "and backorder priority", Set.of("quality-checks:decide"), Set.of()),
            new Revision("supplier-portal-reads-quality-checks", PortalRoles.SUPPLIER_PORTAL,
                    SUPPLIER_PORTAL_DESCRIPTION, Set.of("quality-checks:read"), Set.of()),
            new Revision("manager-cold-chain", "manager",
                    "Reports, approvals, supplier communication and backorder priority", COLD_CHAIN_MANAGER, Set.of()),
            new Revision("warehouse-staff-cold-chain", "warehouse-staff", STAFF_DESCRIPTION, COLD_CHAIN_STAFF,
                    Set.of()),
            new Revision("warehouse-staff-count-stock", "warehouse-staff", STAFF_DESCRIPTION,
                    Set.of("stocktakes:read", "stocktakes:create", "stocktakes:count", "reports:expiring"), Set.of()),
            new Revision("manager-approves-stocktakes", "manager", MANAGER_DESCRIPTION, Set.of("stocktakes:*"),
                    Set.of()),
            new Revision("warehouse-staff-transfers", "warehouse-staff", STAFF_DESCRIPTION,
                    Set.of("transfers:*"), Set.of()),
            new Revision("manager-transfers", "manager", "Reports, approvals, supplier communication and backorder "
                    + "priority", Set.of("transfers:*"), Set.of()),
            new Revision("manager-deliveries", "manager", "Reports, approvals, supplier communication and backorder "
                    + "priority", Set.of("deliveries:*"), Set.of()),
            new Revision("warehouse-staff-deliveries", "warehouse-staff", STAFF_DESCRIPTION, Set.of("deliveries:create",
                    "deliveries:dispatch", "deliveries:update", "deliveries:return", "deliveries:cancel"), Set.of()),
            new Revision("customer-portal-deliveries", PortalRoles.CUSTOMER_PORTAL,
                    "Their own customer's orders and backorders", Set.of("deliveries:read"), Set.of()),
            new Revision("manager-fleet", "manager", "Reports, approvals, supplier communication and backorder priority",
                    Set.of("vehicles:*", "drivers:*", "routes:*"), Set.of()),
            new Revision("warehouse-staff-fleet", "warehouse-staff", STAFF_DESCRIPTION,
                    Set.of("vehicles:read", "drivers:read", "routes:read"), Set.of()),
            new Revision("delivery-driver-themselves", PortalRoles.DELIVERY_DRIVER, "Their own deliveries",
                    Set.of("drivers:read", "routes:read", "routes:start", "routes:complete", "routes:track"), Set.of()),
            new Revision("manager-alerts", "manager", MANAGER_DESCRIPTION, Set.of("alerts:read", "alerts:handle"),
                    Set.of()),
            new Revision("warehouse-staff-alerts", "warehouse-staff", STAFF_DESCRIPTION,
                    Set.of("alerts:read", "alerts:handle"), Set.of()),
            new Revision("supplier-portal-alerts", PortalRoles.SUPPLIER_PORTAL, SUPPLIER_PORTAL_DESCRIPTION,
                    Set.of("alerts:read"), Set.of()));

    private SeededRoles() {
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        java.util.Set<String> all = new java.util.TreeSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    private static Set<String> union(Set<String> first, Set<String> second, Set<String> third) {
        return union(union(first, second), third);
    }
}
