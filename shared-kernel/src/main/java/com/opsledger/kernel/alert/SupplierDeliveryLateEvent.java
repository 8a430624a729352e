package com.opsledger.kernel.alert;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A sent or confirmed purchase order was found past its expected date, not fully received. */
@Revision("1")
public record SupplierDeliveryLateEvent(String alertId, String purchaseOrderId, String number, String supplierId,
                                        String warehouseId, LocalDate expectedDate) implements AlertEvent {
}
