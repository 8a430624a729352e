package com.opsledger.command.purchaseorder;

import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.command.qualitycheck.QualityCheckNumbers;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.ReceivedLine;
import com.opsledger.kernel.qualitycheck.OpenQualityCheckCommand;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
import com.opsledger.kernel.stockitem.QuarantineStockCommand;
import com.opsledger.kernel.stockitem.ReceiveStockCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Turns each delivery received on a purchase order into stock receipts on the stock item of each product in the
 * order's warehouse, opening the stock item first where the product was never stocked there. One process per
 * receipt, finished once every line is on stock. The commands run in the unit of work and transaction of the event
 * they answer: a receipt is put on stock whole, or (after a failure) not at all and retried. Goods of a product
 * inspected on receipt are put in quarantine with an incoming quality check opened for them.
 */
@Saga
public class GoodsReceiptProcess {

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient StockItemLocator stockItems;
    @Autowired
    private transient ProductFacts productFacts;
    @Autowired
    private transient QualityCheckNumbers checkNumbers;

    private String receiptId;

    @StartSaga
    @EndSaga
    @SagaEventHandler(associationProperty = "receiptId")
    void on(PurchaseOrderGoodsReceivedEvent event) {
        receiptId = event.receiptId();
        for (ReceivedLine line : event.lines()) {
            String stockItemId = stockItemFor(line.productId(), event.warehouseId());
            commands.sendAndWait(new ReceiveStockCommand(stockItemId, line.quantity().amount(), line.batch(),
                    line.expiryDate(), null));
            if (IncomingInspection.required(productFacts, line.productId())) {
                quarantine(event, line, stockItemId);
            }
        }
    }

    /** Goods inspected on receipt wait in quarantine for an incoming quality check, opened here. */
    private void quarantine(PurchaseOrderGoodsReceivedEvent event, ReceivedLine line, String stockItemId) {
        String checkId = IncomingInspection.checkId(event.receiptId(), line.lineId());
        String number = checkNumbers.next();
        commands.sendAndWait(new OpenQualityCheckCommand(checkId, number, "incoming", line.productId(),
                event.warehouseId(), line.batch(), line.quantity().amount(), event.purchaseOrderId(),
                event.receiptId(), stockItemId, null));
        commands.sendAndWait(new QuarantineStockCommand(stockItemId, checkId, line.batch(), line.quantity().amount(),
                "incoming inspection " + number));
    }

    /**
     * The stock item of the product in the warehouse, opened here when there is none. Opened by someone else at the
     * same moment, the claim refuses this one and the whole receipt fails; the processor retries it and finds it.
     */
    private String stockItemFor(String productId, String warehouseId) {
        return stockItems.stockItemOf(productId, warehouseId).orElseGet(() -> {
            String id = Ids.newId();
            commands.sendAndWait(new OpenStockItemCommand(id, productId, warehouseId));
            return id;
        });
    }
}
