package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/**
 * The hold of a rejected quality check ends because its stock leaves ({@code write-off} or
 * {@code return-to-supplier}); the write-off or the return follows as its own stock event.
 */
@Revision("1")
public record QuarantinedStockDisposedEvent(String stockItemId, String qualityCheckId, String batch,
                                            Quantity quantity, String disposition) {
}
