package com.opsledger.kernel.transfer;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A transfer closed with goods missing: the missing quantities, which sit on no stock item since dispatch, are a loss
 * of the transfer, recorded with the waste reason {@link #REASON}.
 */
@Revision("1")
public record TransferLossRecordedEvent(String transferId, String fromWarehouseId, String toWarehouseId,
                                        List<TransferLoss> losses, String reason, String note)
        implements TransferEvent {

    public static final String REASON = "transfer-loss";
}
