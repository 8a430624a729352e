package com.opsledger.command.lookup;

import com.opsledger.kernel.transfer.TransferArrival;
import com.opsledger.kernel.transfer.TransferCancelledEvent;
import com.opsledger.kernel.transfer.TransferGoodsReceivedEvent;
import com.opsledger.kernel.transfer.TransferLine;
import com.opsledger.kernel.transfer.TransferLossRecordedEvent;
import com.opsledger.kernel.transfer.TransferRequestedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what each open transfer still brings to its destination, which replenishment counts as already coming: from
 * the request (the goods are reserved at the source from then on) until they arrive, are recorded lost or the transfer
 * is cancelled. Subscribed, in the transaction of the command whose events it follows.
 */
@Component
@ProcessingGroup(LookupGroups.PROCUREMENT)
class IncomingTransfersProjection {

    private final JdbcTemplate jdbc;

    IncomingTransfersProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TransferRequestedEvent event) {
        for (TransferLine line : event.lines()) {
            jdbc.update("insert into cmd_transfer_incoming (transfer_id, line_id, product_id, to_warehouse_id, "
                            + "outstanding) values (?, ?, ?, ?, ?) on conflict do nothing", event.transferId(),
                    line.lineId(), line.productId(), event.toWarehouseId(), line.quantity().amount());
        }
    }

    @EventHandler
    void on(TransferGoodsReceivedEvent event) {
        for (TransferArrival arrival : event.arrivals()) {
            jdbc.update("update cmd_transfer_incoming set outstanding = outstanding - ? "
                            + "where transfer_id = ? and line_id = ?", arrival.received().quantity().amount(),
                    event.transferId(), arrival.lineId());
        }
        jdbc.update("delete from cmd_transfer_incoming where transfer_id = ? and outstanding <= 0",
                event.transferId());
    }

    @EventHandler
    void on(TransferLossRecordedEvent event) {
        closed(event.transferId());
    }

    @EventHandler
    void on(TransferCancelledEvent event) {
        closed(event.transferId());
    }

    private void closed(String transferId) {
        jdbc.update("delete from cmd_transfer_incoming where transfer_id = ?", transferId);
    }
}
