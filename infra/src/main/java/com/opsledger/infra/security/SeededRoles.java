package com.opsledger.infra.security;

import java.util.List;
import java.util.Set;

/** The roles every installation starts with; an administrator can change them (except admin) and add others. */
final class SeededRoles {

    record Seed(String name, String description, Set<String> permissions) {
    }

    private static final Set<String> REFERENCE_READ = Set.of("products:read", "warehouses:read");

    static final List<Seed> ALL = List.of(
            new Seed("admin", "Everything, including users, roles, sessions, replays and erasure", Set.of("*")),
            new Seed("manager", "Reports, approvals, supplier communication and backorder priority", union(
                    REFERENCE_READ, Set.of("stock-items:read", "search:read", "customers:read", "orders:read",
                            "backorders:read", "backorders:prioritize", "suppliers:*", "purchase-orders:read",
                            "purchase-orders:create", "purchase-orders:approve", "purchase-orders:send",
                            "purchase-orders:cancel", "purchase-orders:close", "invoices:*", "reports:*",
                            "deliveries:read",
                            "quality-checks:read", "notifications:read"))),
            new Seed("warehouse-staff", "Stock movements, receipts, quality checks and backorder handling", union(
                    REFERENCE_READ, Set.of("stock-items:*", "search:read", "orders:read", "backorders:read",
                            "backorders:cancel", "backorders:allocate", "purchase-orders:read",
                            "purchase-orders:receive", "quality-checks:*", "deliveries:read"))),
            new Seed("customer-service", "Read-only on orders, backorders and customers", union(
                    REFERENCE_READ, Set.of("customers:read", "orders:read", "backorders:read",
                            "notifications:read"))),
            new Seed("delivery-driver", "Their own deliveries", Set.of("deliveries:read", "deliveries:update")),
            new Seed("customer-portal", "Their own customer's orders and backorders", Set.of("products:read",
                    "customers:read", "orders:read", "orders:create", "orders:cancel", "backorders:read")),
            new Seed("supplier-portal", "Their own supplier's purchase orders and payments", Set.of("suppliers:read",
                    "purchase-orders:read", "purchase-orders:confirm", "invoices:read", "payments:read")));

    private SeededRoles() {
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        java.util.Set<String> all = new java.util.TreeSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }
}
