package com.opsledger.kernel.supplier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes what may change about a supplier; its code is fixed for its life. */
public record UpdateSupplierCommand(@TargetAggregateIdentifier String supplierId, String name, String contactPerson,
                                    String email, String phone, String address, PaymentTerms paymentTerms,
                                    int leadTimeDays) {
}
