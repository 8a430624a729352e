package com.opsledger.query.audit;

import com.opsledger.kernel.access.Scope;

import java.util.List;

/**
 * The records whose events a held caller may read in the audit trail, as one SQL condition on an {@code audit_event}
 * row {@code a}: the customer they are held to with its orders and backorders, the supplier with its purchase orders
 * and invoices (payments included), and nothing else, neither reference data nor user accounts and roles. An
 * unrestricted caller's condition is none.
 */
record ScopedRecords(String sql, List<Object> args) {

    private static final String HELD = "((a.aggregate_type = 'Customer' and a.aggregate_id = ?)"
            + " or (a.aggregate_type = 'CustomerOrder' and a.aggregate_id in "
            + "(select o.id from order_view o where o.customer_id = ?))"
            + " or (a.aggregate_type = 'Backorder' and a.aggregate_id in "
            + "(select b.id from backorder_view b where b.customer_id = ?))"
            + " or (a.aggregate_type = 'Supplier' and a.aggregate_id = ?)"
            + " or (a.aggregate_type = 'PurchaseOrder' and a.aggregate_id in "
            + "(select p.id from purchase_order_view p where p.supplier_id = ?))"
            + " or (a.aggregate_type = 'Invoice' and a.aggregate_id in "
            + "(select i.id from invoice_view i where i.supplier_id = ?)))";

    /** The condition for {@code scope}; null when it restricts nothing. */
    static ScopedRecords of(Scope scope) {
        if (scope.unrestricted()) {
            return null;
        }
        String customer = scope.customerFilter();
        String supplier = scope.supplierFilter();
        return new ScopedRecords(HELD, List.of(customer, customer, customer, supplier, supplier, supplier));
    }
}
