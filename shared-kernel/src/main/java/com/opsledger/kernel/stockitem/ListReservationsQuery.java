package com.opsledger.kernel.stockitem;

public record ListReservationsQuery(String stockItemId) {
}
