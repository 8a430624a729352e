package com.opsledger.kernel.supplier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateSupplierCommand(@TargetAggregateIdentifier String supplierId, String code, String name,
                                    String contactPerson, String email, String phone, String address,
                                    PaymentTerms paymentTerms, int leadTimeDays) {
}
