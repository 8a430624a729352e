package com.opsledger.kernel.supplier;

import java.time.Instant;
import java.util.List;

public record SupplierView(String id, String code, String name, String contactPerson, String email, String phone,
                           String address, PaymentTerms paymentTerms, int leadTimeDays, SupplierStatus status,
                           List<SupplierProductView> products, long version, Instant createdAt, Instant updatedAt) {
}
