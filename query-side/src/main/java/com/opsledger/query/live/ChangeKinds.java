package com.opsledger.query.live;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kind of a record as the stream names it ({@code stock-item} for {@code StockItem}, {@code order} for
 * {@code CustomerOrder}), the read permission a caller needs to see its changes ({@code stock-items:read}), and whose
 * records a held caller may see: a customer's own customer record, orders and backorders; a supplier's own supplier
 * record, purchase orders and invoices; nothing else, as in the audit trail.
 */
final class ChangeKinds {

    private static final Map<String, String> RENAMED = Map.of("CustomerOrder", "order", "UserAccount", "user");
    static final Set<String> OF_CUSTOMERS = Set.of("Customer", "CustomerOrder", "Backorder");
    static final Set<String> OF_SUPPLIERS = Set.of("Supplier", "PurchaseOrder", "Invoice");

    private ChangeKinds() {
    }

    static String kind(String aggregateType) {
        if (aggregateType == null || aggregateType.isEmpty()) {
            return "event";
        }
        String renamed = RENAMED.get(aggregateType);
        if (renamed != null) {
            return renamed;
        }
        return aggregateType.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** {@code stock-items:read} for {@code stock-item}, {@code deliveries:read} for {@code delivery}. */
    static String readPermission(String aggregateType) {
        String kind = kind(aggregateType);
        String plural = kind.endsWith("y") && !kind.endsWith("ey") ? kind.substring(0, kind.length() - 1) + "ies"
                : kind.endsWith("s") || kind.endsWith("x") || kind.endsWith("ch") ? kind + "es" : kind + "s";
        return plural + ":read";
    }

    /** Whether records of this type belong to a customer or a supplier, so that a held caller may see some. */
    static boolean owned(String aggregateType) {
        return OF_CUSTOMERS.contains(aggregateType) || OF_SUPPLIERS.contains(aggregateType);
    }
}
