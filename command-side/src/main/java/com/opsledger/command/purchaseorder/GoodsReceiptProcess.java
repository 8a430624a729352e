package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.common.DuplicateException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.ReceivedLine;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
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
 * receipt, finished once every line is on stock.
 */
@Saga
public class GoodsReceiptProcess {

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient StockItemLocator stockItems;

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
        }
    }

    private String stockItemFor(String productId, String warehouseId) {
        return stockItems.stockItemOf(productId, warehouseId).orElseGet(() -> {
            String id = Ids.newId();
            try {
                commands.sendAndWait(new OpenStockItemCommand(id, productId, warehouseId));
                return id;
            } catch (DuplicateException openedMeanwhile) {
                return stockItems.stockItemOf(productId, warehouseId).orElseThrow(() -> openedMeanwhile);
            }
        });
    }
}
