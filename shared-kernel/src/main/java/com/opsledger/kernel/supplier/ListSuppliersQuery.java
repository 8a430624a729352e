package com.opsledger.kernel.supplier;

import com.opsledger.kernel.common.PageSpec;

/** Suppliers whose code or name starts with {@code text}, in a status; null means any; {@code onlySupplierId} scopes. */
public record ListSuppliersQuery(String text, SupplierStatus status, String onlySupplierId, PageSpec page) {
}
