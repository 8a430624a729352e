package com.opsledger.kernel.backorder;

/**
 * Every backorder event that ends a backorder, fulfilled or cancelled: it awaits nothing more, holds no claim on
 * stock and needs no more watching. What a handler needs that treats both endings alike.
 */
public interface BackorderClosedEvent {

    String backorderId();

    String orderId();

    String stockItemId();
}
