package com.opsledger.query.delivery;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.delivery.DeliveryView;

/**
 * Who sees a delivery: staff every one, a portal customer their own (without the route, driver and vehicle: nothing of
 * other stops or of who drives), a driver those on their routes.
 */
final class DeliveryScopes {

    private DeliveryScopes() {
    }

    static boolean visible(Caller caller, DeliveryView delivery) {
        return caller.maySeeCustomer(delivery.customerId()) || caller.scope().seesDriver(delivery.driverId());
    }

    /** The delivery as a customer-held caller may see it. */
    static DeliveryView forCustomer(DeliveryView d) {
        return new DeliveryView(d.id(), d.number(), d.orderId(), d.customerId(), d.warehouseId(), d.status(),
                d.lines(), d.address(), d.timeSlot(), d.instructions(), null, null, d.eta(), null, null,
                d.dispatchedAt(), d.deliveredAt(), d.receivedBy(), d.failureReason(), d.failureNote(),
                d.returnDisposition(), d.proof(), d.createdAt(), d.updatedAt(), d.version());
    }
}
