package com.opsledger.kernel.stockitem;

public record FindReservationQuery(String stockItemId, String reservationId) {
}
