package com.opsledger.kernel.supplier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeSupplierStatusCommand(@TargetAggregateIdentifier String supplierId, SupplierStatus status,
                                          String reason) {
}
