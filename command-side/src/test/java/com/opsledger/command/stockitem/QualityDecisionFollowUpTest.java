package com.opsledger.command.stockitem;

import com.opsledger.kernel.qualitycheck.QualityCheckCancelledEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckPassedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckRejectedEvent;
import com.opsledger.kernel.stockitem.DisposeOfQuarantinedStockCommand;
import com.opsledger.kernel.stockitem.ReleaseStockFromQuarantineCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static com.opsledger.command.StockFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.StockFixtures.WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.kg;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class QualityDecisionFollowUpTest {

    private static final String CHECK = "4b1d9e2a-7c3f-4a8e-9d6b-1e2f3a4b5c01";

    private final CommandGateway commands = mock(CommandGateway.class);
    private final QualityDecisionFollowUp followUp = new QualityDecisionFollowUp(commands);

    @Test
    void aPassedCheckReleasesWhatItHeld() {
        followUp.on(new QualityCheckPassedEvent(CHECK, "incoming", PRODUCT_ID, WAREHOUSE_ID, "L-1", kg("5"), null,
                null, STOCK_ITEM_ID, null, null, "qa", null));
        verify(commands).sendAndWait(new ReleaseStockFromQuarantineCommand(STOCK_ITEM_ID, CHECK));
    }

    @Test
    void aCancelledCheckReleasesItsHold() {
        followUp.on(new QualityCheckCancelledEvent(CHECK, STOCK_ITEM_ID, "L-1", "duplicate"));
        verify(commands).sendAndWait(new ReleaseStockFromQuarantineCommand(STOCK_ITEM_ID, CHECK));
    }

    @Test
    void rejectedGoodsLeaveAsTheDispositionSays() {
        followUp.on(rejected("return-to-supplier"));
        verify(commands).sendAndWait(new DisposeOfQuarantinedStockCommand(STOCK_ITEM_ID, CHECK, "return-to-supplier",
                null));
        followUp.on(rejected("write-off"));
        verify(commands).sendAndWait(new DisposeOfQuarantinedStockCommand(STOCK_ITEM_ID, CHECK, "write-off", null));
        followUp.on(rejected("release"));
        verify(commands).sendAndWait(new ReleaseStockFromQuarantineCommand(STOCK_ITEM_ID, CHECK));
    }

    @Test
    void aDecisionOnNoStockItemSendsNothing() {
        followUp.on(new QualityCheckCancelledEvent(CHECK, null, null, "duplicate"));
        verifyNoInteractions(commands);
    }

    private static QualityCheckRejectedEvent rejected(String disposition) {
        return new QualityCheckRejectedEvent(CHECK, "incoming", PRODUCT_ID, WAREHOUSE_ID, "L-1", kg("5"), null, null,
                null, STOCK_ITEM_ID, "mould", null, disposition, "qa", null);
    }
}
