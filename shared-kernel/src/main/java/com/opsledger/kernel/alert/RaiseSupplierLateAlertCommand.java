package com.opsledger.kernel.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A purchase order is past its expected date and not fully received; raised once per order. */
public record RaiseSupplierLateAlertCommand(@TargetAggregateIdentifier String alertId, String purchaseOrderId,
                                            String number, String supplierId, String warehouseId,
                                            LocalDate expectedDate) {
}
