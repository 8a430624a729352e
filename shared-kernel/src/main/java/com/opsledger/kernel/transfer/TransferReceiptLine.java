package com.opsledger.kernel.transfer;

import java.math.BigDecimal;

/** What arrived of one line; {@code batch} names the batch when the line travelled in more than one. */
public record TransferReceiptLine(String lineId, BigDecimal quantity, String batch) {
}
