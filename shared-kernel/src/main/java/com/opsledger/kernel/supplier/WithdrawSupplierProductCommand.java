package com.opsledger.kernel.supplier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawSupplierProductCommand(@TargetAggregateIdentifier String supplierId, String productId) {
}
