package com.opsledger.kernel.transfer;

import com.opsledger.kernel.common.Quantity;

/**
 * A line of a transfer: the quantity of a product taken from its stock item at the source ({@code stockItemId}),
 * reserved there under {@code reservationId} until dispatch; {@code batch} when one batch was asked for.
 */
public record TransferLine(String lineId, String productId, String stockItemId, String reservationId,
                           Quantity quantity, String batch) {
}
