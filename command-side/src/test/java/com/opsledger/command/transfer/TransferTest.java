package com.opsledger.command.transfer;

import com.opsledger.command.lookup.UnitValues;
import com.opsledger.command.purchaseorder.StockItemLocator;
import com.opsledger.kernel.common.Money;
import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.transfer.DispatchedLine;
import com.opsledger.kernel.transfer.OpenTransferCommand;
import com.opsledger.kernel.transfer.RecordTransferCancellationCommand;
import com.opsledger.kernel.transfer.RecordTransferDiscrepancyCommand;
import com.opsledger.kernel.transfer.RecordTransferDispatchCommand;
import com.opsledger.kernel.transfer.RecordTransferReceiptCommand;
import com.opsledger.kernel.transfer.TransferArrival;
import com.opsledger.kernel.transfer.TransferCancelledEvent;
import com.opsledger.kernel.transfer.TransferDispatchedEvent;
import com.opsledger.kernel.transfer.TransferGoodsReceivedEvent;
import com.opsledger.kernel.transfer.TransferLine;
import com.opsledger.kernel.transfer.TransferLineSpec;
import com.opsledger.kernel.transfer.TransferLoss;
import com.opsledger.kernel.transfer.TransferLossRecordedEvent;
import com.opsledger.kernel.transfer.TransferReceiptLine;
import com.opsledger.kernel.transfer.TransferRequestedEvent;
import com.opsledger.kernel.transfer.TransferStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static com.opsledger.command.StockFixtures.BATCH_EARLY;
import static com.opsledger.command.StockFixtures.BATCH_LATE;
import static com.opsledger.command.StockFixtures.EARLY;
import static com.opsledger.command.StockFixtures.LATE;
import static com.opsledger.command.StockFixtures.OTHER_PRODUCT_ID;
import static com.opsledger.command.StockFixtures.OTHER_WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static com.opsledger.command.StockFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.StockFixtures.WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.kg;

class TransferTest {

    private static final String TRANSFER_ID = "9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d01";
    private static final String NUMBER = "TR-000001";
    private static final String UNKNOWN_WAREHOUSE_ID = "3a9e6b20-5c7d-4e8f-a1b2-c3d4e5f60799";
    private static final LocalDate EXPECTED = LocalDate.of(2026, 12, 10);
    private static final StockItemLocator STOCKED_AT_SOURCE = (productId, warehouseId) ->
            PRODUCT_ID.equals(productId) && WAREHOUSE_ID.equals(warehouseId) ? Optional.of(STOCK_ITEM_ID)
                    : Optional.empty();

    private FixtureConfiguration<Transfer> fixture;

    @BeforeEach
    void setUp() {
        InMemoryReferenceRegistry registry = new InMemoryReferenceRegistry().withProduct(PRODUCT_ID, "kg")
                .withProduct(OTHER_PRODUCT_ID, "kg").withWarehouse(WAREHOUSE_ID).withWarehouse(OTHER_WAREHOUSE_ID);
        UnitValues unitValues = productId -> PRODUCT_ID.equals(productId) ? Optional.of(Money.of(new BigDecimal("2.50"),
                "EUR")) : Optional.empty();
        fixture = aggregateFixture(Transfer.class, registry, STOCKED_AT_SOURCE, unitValues);
    }

    private static OpenTransferCommand open(TransferLineSpec... lines) {
        return new OpenTransferCommand(TRANSFER_ID, NUMBER, WAREHOUSE_ID, OTHER_WAREHOUSE_ID, List.of(lines),
                "rebalance", EXPECTED);
    }

    private static TransferLine line() {
        return new TransferLine("1", PRODUCT_ID, STOCK_ITEM_ID, TransferRequest.reservationId(TRANSFER_ID, "1"),
                kg("10"), null);
    }

    private static TransferRequestedEvent requested() {
        return new TransferRequestedEvent(TRANSFER_ID, NUMBER, WAREHOUSE_ID, OTHER_WAREHOUSE_ID, List.of(line()),
                "rebalance", EXPECTED);
    }

    /** 10 kg left the source: 4 kg of the early batch, 6 kg of the late one. */
    private static TransferDispatchedEvent dispatched() {
        return new TransferDispatchedEvent(TRANSFER_ID, WAREHOUSE_ID, OTHER_WAREHOUSE_ID, List.of(new DispatchedLine(
                "1", List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("4")), new BatchQuantity(BATCH_LATE, LATE,
                kg("6"))))));
    }

    private static RecordTransferReceiptCommand receipt(String receiptId, String quantity, String batch) {
        return new RecordTransferReceiptCommand(TRANSFER_ID, receiptId, List.of(new TransferReceiptLine("1",
                new BigDecimal(quantity), batch)));
    }

    @Test
    void canRequestATransferWithEachLineReservedUnderAnIdOfItsOwn() {
        fixture.givenNoPriorActivity()
                .when(open(new TransferLineSpec(PRODUCT_ID, new BigDecimal("10"), null)))
                .expectEvents(requested());
    }

    @Test
    void cannotRequestATransferWithinOneWarehouse() {
        fixture.givenNoPriorActivity()
                .when(new OpenTransferCommand(TRANSFER_ID, NUMBER, WAREHOUSE_ID, WAREHOUSE_ID, List.of(
                        new TransferLineSpec(PRODUCT_ID, BigDecimal.TEN, null)), null, null))
                .expectException(invalid("toWarehouseId"));
    }

    @Test
    void cannotRequestATransferToAWarehouseThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(new OpenTransferCommand(TRANSFER_ID, NUMBER, WAREHOUSE_ID, UNKNOWN_WAREHOUSE_ID, List.of(
                        new TransferLineSpec(PRODUCT_ID, BigDecimal.TEN, null)), null, null))
                .expectException(notFound("warehouse"));
    }

    @Test
    void cannotRequestATransferOfAProductNotStockedAtTheSource() {
        fixture.givenNoPriorActivity()
                .when(open(new TransferLineSpec(PRODUCT_ID, BigDecimal.ONE, null),
                        new TransferLineSpec(OTHER_PRODUCT_ID, BigDecimal.ONE, null)))
                .expectException(violated("insufficient-stock"))
                .expectExceptionMessage("line 2: product " + OTHER_PRODUCT_ID
                        + " has no stock at the source warehouse");
    }

    @Test
    void cannotRequestATransferOfNothing() {
        fixture.givenNoPriorActivity()
                .when(open(new TransferLineSpec(PRODUCT_ID, BigDecimal.ZERO, null)))
                .expectException(invalid("lines[0].quantity"));
    }

    @Test
    void canRecordTheDispatchWithTheBatchesTheGoodsLeftIn() {
        fixture.given(requested())
                .when(new RecordTransferDispatchCommand(TRANSFER_ID, dispatched().lines()))
                .expectEvents(dispatched());
    }

    @Test
    void cannotDispatchATransferTwice() {
        fixture.given(requested(), dispatched())
                .when(new RecordTransferDispatchCommand(TRANSFER_ID, dispatched().lines()))
                .expectException(violated("transfer-status"));
    }

    @Test
    void canReceivePartOfATransferFirstExpiryFirst() {
        fixture.given(requested(), dispatched())
                .when(receipt("r1", "5", null))
                .expectEvents(new TransferGoodsReceivedEvent(TRANSFER_ID, "r1", OTHER_WAREHOUSE_ID, List.of(
                        new TransferArrival("1", PRODUCT_ID, new BatchQuantity(BATCH_EARLY, EARLY, kg("4"))),
                        new TransferArrival("1", PRODUCT_ID, new BatchQuantity(BATCH_LATE, LATE, kg("1")))),
                        TransferStatus.PARTIALLY_RECEIVED));
    }

    @Test
    void canReceiveTheRestOfATransfer() {
        fixture.given(requested(), dispatched(), new TransferGoodsReceivedEvent(TRANSFER_ID, "r1",
                        OTHER_WAREHOUSE_ID, List.of(new TransferArrival("1", PRODUCT_ID,
                        new BatchQuantity(BATCH_EARLY, EARLY, kg("4")))), TransferStatus.PARTIALLY_RECEIVED))
                .when(receipt("r2", "6", BATCH_LATE))
                .expectEvents(new TransferGoodsReceivedEvent(TRANSFER_ID, "r2", OTHER_WAREHOUSE_ID, List.of(
                        new TransferArrival("1", PRODUCT_ID, new BatchQuantity(BATCH_LATE, LATE, kg("6")))),
                        TransferStatus.RECEIVED));
    }

    @Test
    void cannotReceiveMoreThanIsOnTheWay() {
        fixture.given(requested(), dispatched())
                .when(receipt("r1", "5", BATCH_EARLY))
                .expectException(violated("receipt-exceeds-dispatched"));
    }

    @Test
    void cannotReceiveALineTheTransferDoesNotHave() {
        fixture.given(requested(), dispatched())
                .when(new RecordTransferReceiptCommand(TRANSFER_ID, "r1", List.of(new TransferReceiptLine("7",
                        BigDecimal.ONE, null))))
                .expectException(invalid("lines[0].lineId"));
    }

    @Test
    void cannotReceiveBeforeDispatch() {
        fixture.given(requested())
                .when(receipt("r1", "1", null))
                .expectException(violated("transfer-status"));
    }

    @Test
    void canRecordWhatNeverArrivedAsALossOfTheTransfer() {
        fixture.given(requested(), dispatched(), new TransferGoodsReceivedEvent(TRANSFER_ID, "r1",
                        OTHER_WAREHOUSE_ID, List.of(new TransferArrival("1", PRODUCT_ID,
                        new BatchQuantity(BATCH_EARLY, EARLY, kg("4")))), TransferStatus.PARTIALLY_RECEIVED))
                .when(new RecordTransferDiscrepancyCommand(TRANSFER_ID, "pallet missing"))
                .expectEvents(new TransferLossRecordedEvent(TRANSFER_ID, WAREHOUSE_ID, OTHER_WAREHOUSE_ID, List.of(
                        new TransferLoss("1", PRODUCT_ID, STOCK_ITEM_ID, kg("6"), List.of(new BatchQuantity(BATCH_LATE,
                                LATE, kg("6"))), Money.of(new BigDecimal("15.00"), "EUR"))), "transfer-loss",
                        "pallet missing"));
    }

    @Test
    void cannotRecordADiscrepancyWhenEverythingArrived() {
        fixture.given(requested(), dispatched(), new TransferGoodsReceivedEvent(TRANSFER_ID, "r1",
                        OTHER_WAREHOUSE_ID, List.of(new TransferArrival("1", PRODUCT_ID,
                        new BatchQuantity(BATCH_EARLY, EARLY, kg("4"))), new TransferArrival("1", PRODUCT_ID,
                        new BatchQuantity(BATCH_LATE, LATE, kg("6")))), TransferStatus.RECEIVED))
                .when(new RecordTransferDiscrepancyCommand(TRANSFER_ID, null))
                .expectException(violated("transfer-status"));
    }

    @Test
    void canCancelBeforeDispatch() {
        fixture.given(requested())
                .when(new RecordTransferCancellationCommand(TRANSFER_ID, "no longer needed"))
                .expectEvents(new TransferCancelledEvent(TRANSFER_ID, "no longer needed"));
    }

    @Test
    void cannotCancelAfterDispatch() {
        fixture.given(requested(), dispatched())
                .when(new RecordTransferCancellationCommand(TRANSFER_ID, "too late"))
                .expectException(violated("transfer-status"));
    }

    @Test
    void repeatsNothingForAReceiptAlreadyRecorded() {
        fixture.given(requested(), dispatched(), new TransferGoodsReceivedEvent(TRANSFER_ID, "r1",
                        OTHER_WAREHOUSE_ID, List.of(new TransferArrival("1", PRODUCT_ID,
                        new BatchQuantity(BATCH_EARLY, EARLY, kg("4")))), TransferStatus.PARTIALLY_RECEIVED))
                .when(receipt("r1", "4", null))
                .expectNoEvents()
                .expectResultMessagePayload(List.of());
    }

}
