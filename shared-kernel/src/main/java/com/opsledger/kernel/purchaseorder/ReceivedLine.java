package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.Quantity;

import java.time.LocalDate;

/** One line of a delivery, with what has arrived of the line so far and what was expected when. */
public record ReceivedLine(String lineId, String productId, Quantity quantity, String batch, LocalDate expiryDate,
                           String qualityGrade, Quantity receivedSoFar, Quantity ordered, LocalDate expectedDate) {
}
