package com.opsledger.command.order;

import com.opsledger.command.OrderFixtures.InMemoryOrderLookups;
import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.command.backorder.BackorderTerms;
import com.opsledger.command.lookup.OrderLookups;
import com.opsledger.command.lookup.ReplenishmentNeeds;
import com.opsledger.command.OrderFixtures;
import com.opsledger.kernel.purchaseorder.ProposeReplenishmentCommand;
import com.opsledger.kernel.replenishment.SurplusStock;
import com.opsledger.kernel.backorder.CancelBackorderCommand;
import com.opsledger.kernel.backorder.UpdateBackorderEtaCommand;
import com.opsledger.kernel.purchaseorder.PurchaseOrderRejectedEvent;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.order.CancelLineShortfallCommand;
import com.opsledger.kernel.order.OrderLineCancelledEvent;
import com.opsledger.kernel.order.RecordLineReservationCommand;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.opsledger.command.OrderFixtures.BACKORDER_ID;
import static com.opsledger.command.OrderFixtures.CUSTOMER_ID;
import static com.opsledger.command.OrderFixtures.ORDER_ID;
import static com.opsledger.command.OrderFixtures.OTHER_RESERVATION_ID;
import static com.opsledger.command.OrderFixtures.PRODUCT_ID;
import static com.opsledger.command.OrderFixtures.RESERVATION_ID;
import static com.opsledger.command.OrderFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.OrderFixtures.lineId;
import static com.opsledger.command.OrderFixtures.pcs;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class OrderFollowUpTest {

    private static final String LINE = lineId(0);
    private static final ReplenishmentNeeds NO_NEEDS = needs("0", "0");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final OrderFollowUp followUp = new OrderFollowUp(commands, new InMemoryOrderLookups(), NO_NEEDS);

    private static ReplenishmentNeeds needs(String openBackorders, String onOrder) {
        return needs(openBackorders, onOrder, "0", List.of());
    }

    private static ReplenishmentNeeds needs(String openBackorders, String onOrder, String incoming,
                                            List<SurplusStock> sources) {
        return new ReplenishmentNeeds() {
            @Override
            public BigDecimal openBackorders(String productId, String warehouseId) {
                return new BigDecimal(openBackorders);
            }

            @Override
            public BigDecimal onOrder(String productId, String warehouseId) {
                return new BigDecimal(onOrder);
            }

            @Override
            public BigDecimal incoming(String productId, String warehouseId) {
                return new BigDecimal(incoming);
            }

            @Override
            public List<SurplusStock> sources(String productId, String warehouseId) {
                return sources;
            }
        };
    }

    @Test
    void aBackorderProposesTheProductsWholeShortfallLessWhatIsOnOrder() {
        new OrderFollowUp(commands, new InMemoryOrderLookups(), needs("12", "4"))
                .on(OrderFixtures.backorderCreated(BACKORDER_ID, 7, 100, null, Instant.parse("2026-11-02T10:00:00Z")));

        verify(commands).sendAndWait(new ProposeReplenishmentCommand(PRODUCT_ID, OrderFixtures.WAREHOUSE_ID,
                new BigDecimal("8"), "backorder " + BACKORDER_ID));
    }

    @Test
    void aBackorderProposesToPurchaseOnlyWhatAnotherWarehousesSurplusDoesNotCover() {
        new OrderFollowUp(commands, new InMemoryOrderLookups(), needs("12", "4", "0",
                List.of(new SurplusStock("other-warehouse", new BigDecimal("9"), new BigDecimal("5")))))
                .on(OrderFixtures.backorderCreated(BACKORDER_ID, 7, 100, null, Instant.parse("2026-11-02T10:00:00Z")));

        verify(commands).sendAndWait(new ProposeReplenishmentCommand(PRODUCT_ID, OrderFixtures.WAREHOUSE_ID,
                new BigDecimal("3"), "backorder " + BACKORDER_ID));
    }

    @Test
    void aBackorderCoveredByATransferOnTheWayAndASurplusElsewhereProposesNoPurchase() {
        new OrderFollowUp(commands, new InMemoryOrderLookups(), needs("12", "0", "8",
                List.of(new SurplusStock("other-warehouse", new BigDecimal("20"), new BigDecimal("10")))))
                .on(OrderFixtures.backorderCreated(BACKORDER_ID, 7, 100, null, Instant.parse("2026-11-02T10:00:00Z")));

        verify(commands, never()).sendAndWait(any(ProposeReplenishmentCommand.class));
    }

    @Test
    void aBackorderCoveredByWhatIsOnOrderProposesNothing() {
        new OrderFollowUp(commands, new InMemoryOrderLookups(), needs("7", "10"))
                .on(OrderFixtures.backorderCreated(BACKORDER_ID, 7, 100, null, Instant.parse("2026-11-02T10:00:00Z")));

        verify(commands, never()).sendAndWait(any(ProposeReplenishmentCommand.class));
    }

    @Test
    void aCancelledLineCancelsItsBackorderBeforeGivingBackItsReservations() {
        followUp.on(new OrderLineCancelledEvent(ORDER_ID, LINE, STOCK_ITEM_ID, pcs(10),
                List.of(RESERVATION_ID, OTHER_RESERVATION_ID), BACKORDER_ID, "no longer needed"));

        InOrder order = inOrder(commands);
        order.verify(commands).sendAndWait(new CancelBackorderCommand(BACKORDER_ID, "no longer needed", null));
        order.verify(commands).sendAndWait(new ReleaseReservationCommand(STOCK_ITEM_ID, RESERVATION_ID, null));
        order.verify(commands).sendAndWait(new ReleaseReservationCommand(STOCK_ITEM_ID, OTHER_RESERVATION_ID, null));
    }

    @Test
    void stockAllocatedToALineCancelledMeanwhileIsGivenBack() {
        when(commands.sendAndWait(any(RecordLineReservationCommand.class)))
                .thenThrow(new BusinessRuleViolationException("line-cancelled", "cancelled"));

        followUp.on(new BackorderAllocatedEvent(BACKORDER_ID, ORDER_ID, LINE, CUSTOMER_ID, STOCK_ITEM_ID,
                RESERVATION_ID, pcs(3), pcs(3), pcs(1)));

        verify(commands).sendAndWait(new ReleaseReservationCommand(STOCK_ITEM_ID, RESERVATION_ID, null));
    }

    @Test
    void aCancelledBackorderCancelsWhatItsLineStillAwaited() {
        followUp.on(new BackorderCancelledEvent(BACKORDER_ID, ORDER_ID, LINE, CUSTOMER_ID, STOCK_ITEM_ID, pcs(4),
                "gone"));

        verify(commands).sendAndWait(new CancelLineShortfallCommand(ORDER_ID, LINE, BACKORDER_ID,
                new BigDecimal("4.000"), "gone"));
    }

    @Test
    void aRejectedPurchaseOrderSendsTheBackordersItCoveredBackToTheLeadTimeEstimate() {
        InMemoryOrderLookups lookups = new InMemoryOrderLookups();
        Instant placed = Instant.parse("2030-05-01T10:00:00Z");
        lookups.openBackorders.add(new OrderLookups.OpenBackorder(BACKORDER_ID, PRODUCT_ID, placed,
                "purchase-order:po-1"));
        new OrderFollowUp(commands, lookups, NO_NEEDS).on(new PurchaseOrderRejectedEvent("po-1", "maria", "raised too far"));

        verify(commands).sendAndWait(new UpdateBackorderEtaCommand(BACKORDER_ID, LocalDate.of(2030, 5, 6),
                BackorderTerms.LEAD_TIME_BASIS));
    }
}
