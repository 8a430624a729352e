package com.opsledger.command.order;

import com.opsledger.command.OrderFixtures.InMemoryOrderLookups;
import com.opsledger.kernel.order.CancelLineShortfallCommand;
import com.opsledger.kernel.order.CancelOrderCommand;
import com.opsledger.kernel.order.CancelOrderLineCommand;
import com.opsledger.kernel.order.NewOrderLine;
import com.opsledger.kernel.order.OrderCancelledEvent;
import com.opsledger.kernel.order.OrderFulfilledEvent;
import com.opsledger.kernel.order.OrderLineBackorderedEvent;
import com.opsledger.kernel.order.OrderLineCancelledEvent;
import com.opsledger.kernel.order.OrderLineFulfilledEvent;
import com.opsledger.kernel.order.OrderLineReservedEvent;
import com.opsledger.kernel.order.OrderLineShortfallCancelledEvent;
import com.opsledger.kernel.order.PlaceOrderCommand;
import com.opsledger.kernel.order.RecordLineBackorderCommand;
import com.opsledger.kernel.order.RecordLineReservationCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static com.opsledger.command.OrderFixtures.ADDRESS;
import static com.opsledger.command.OrderFixtures.BACKORDER_ID;
import static com.opsledger.command.OrderFixtures.CUSTOMER_ID;
import static com.opsledger.command.OrderFixtures.ORDER_ID;
import static com.opsledger.command.OrderFixtures.OTHER_CUSTOMER_ID;
import static com.opsledger.command.OrderFixtures.OTHER_RESERVATION_ID;
import static com.opsledger.command.OrderFixtures.PRODUCT_ID;
import static com.opsledger.command.OrderFixtures.REQUESTED;
import static com.opsledger.command.OrderFixtures.RESERVATION_ID;
import static com.opsledger.command.OrderFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.OrderFixtures.WAREHOUSE_ID;
import static com.opsledger.command.OrderFixtures.lineId;
import static com.opsledger.command.OrderFixtures.orderPlaced;
import static com.opsledger.command.OrderFixtures.pcs;
import static com.opsledger.command.OrderFixtures.placeOrder;

class CustomerOrderTest {

    private static final String LINE = lineId(0);

    private FixtureConfiguration<CustomerOrder> fixture;
    private InMemoryOrderLookups lookups;

    @BeforeEach
    void setUp() {
        lookups = new InMemoryOrderLookups();
        fixture = aggregateFixture(CustomerOrder.class, lookups);
    }

    @Test
    void canBePlacedWithItsLinesOnTheirStockItemsAndTheCustomersTier() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(10))
                .expectEvents(orderPlaced(10));
    }

    @Test
    void cannotBePlacedForAnUnknownCustomerAnUnstockedProductTwiceTheSameProductOrNothing() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER_ID, OTHER_CUSTOMER_ID, WAREHOUSE_ID,
                        List.of(new NewOrderLine(PRODUCT_ID, BigDecimal.ONE)), null, null, null))
                .expectException(notFound("customer"));
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER_ID, CUSTOMER_ID, WAREHOUSE_ID,
                        List.of(new NewOrderLine(STOCK_ITEM_ID, BigDecimal.ONE)), null, null, null))
                .expectException(violated("product-not-stocked"));
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER_ID, CUSTOMER_ID, WAREHOUSE_ID, List.of(
                        new NewOrderLine(PRODUCT_ID, BigDecimal.ONE), new NewOrderLine(PRODUCT_ID, BigDecimal.TEN)),
                        null, null, null))
                .expectException(invalid("lines[1].productId"));
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER_ID, CUSTOMER_ID, WAREHOUSE_ID, List.of(), null, null, null))
                .expectException(invalid("lines"));
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER_ID, CUSTOMER_ID, WAREHOUSE_ID,
                        List.of(new NewOrderLine(PRODUCT_ID, BigDecimal.ZERO)), null, null, null))
                .expectException(invalid("lines[0].quantity"));
    }

    @Test
    void cannotBePlacedByAPortalAccountForAnotherCustomer() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER_ID, CUSTOMER_ID, WAREHOUSE_ID,
                        List.of(new NewOrderLine(PRODUCT_ID, BigDecimal.ONE)), ADDRESS, REQUESTED, OTHER_CUSTOMER_ID))
                .expectException(notFound("customer"));
    }

    @Test
    void canRecordAReservationAndABackorderForTheShortfall() {
        fixture.given(orderPlaced(10))
                .when(new RecordLineReservationCommand(ORDER_ID, LINE, RESERVATION_ID, BigDecimal.valueOf(6), null))
                .expectEvents(new OrderLineReservedEvent(ORDER_ID, LINE, STOCK_ITEM_ID, RESERVATION_ID, pcs(6), null));
        fixture.given(orderPlaced(10),
                        new OrderLineReservedEvent(ORDER_ID, LINE, STOCK_ITEM_ID, RESERVATION_ID, pcs(6), null))
                .when(new RecordLineBackorderCommand(ORDER_ID, LINE, BACKORDER_ID, BigDecimal.valueOf(4)))
                .expectEvents(new OrderLineBackorderedEvent(ORDER_ID, LINE, BACKORDER_ID, pcs(4)));
    }

    @Test
    void cannotBackorderOrReserveMoreThanTheLineStillWants() {
        fixture.given(orderPlaced(10),
                        new OrderLineReservedEvent(ORDER_ID, LINE, STOCK_ITEM_ID, RESERVATION_ID, pcs(6), null))
                .when(new RecordLineBackorderCommand(ORDER_ID, LINE, BACKORDER_ID, BigDecimal.valueOf(5)))
                .expectException(violated("line-overfilled"));
        fixture.given(orderPlaced(10),
                        new OrderLineReservedEvent(ORDER_ID, LINE, STOCK_ITEM_ID, RESERVATION_ID, pcs(6), null))
                .when(new RecordLineReservationCommand(ORDER_ID, LINE, OTHER_RESERVATION_ID, BigDecimal.valueOf(5),
                        BACKORDER_ID))
                .expectException(violated("line-overfilled"));
    }

    @Test
    void isFulfilledWhenTheBackorderedRestIsAllocated() {
        fixture.given(orderPlaced(10),
                        new OrderLineReservedEvent(ORDER_ID, LINE, STOCK_ITEM_ID, RESERVATION_ID, pcs(6), null),
                        new OrderLineBackorderedEvent(ORDER_ID, LINE, BACKORDER_ID, pcs(4)))
                .when(new RecordLineReservationCommand(ORDER_ID, LINE, OTHER_RESERVATION_ID, BigDecimal.valueOf(4),
                        BACKORDER_ID))
                .expectEvents(new OrderLineReservedEvent(ORDER_ID, LINE, STOCK_ITEM_ID, OTHER_RESERVATION_ID, pcs(4),
                                BACKORDER_ID),
                        new OrderLineFulfilledEvent(ORDER_ID, LINE), new OrderFulfilledEvent(ORDER_ID));
    }

    @Test
    void canRecordTheSameReservationTwiceWithoutCountingItTwice() {
        fixture.given(orderPlaced(10),
                        new OrderLineReservedEvent(ORDER_ID, LINE, STOCK_ITEM_ID, RESERVATION_ID, pcs(6), null))
                .when(new RecordLineReservationCommand(ORDER_ID, LINE, RESERVATION_ID, BigDecimal.valueOf(6), null))
                .expectNoEvents();
    }

    @Test
    void canCancelALineGivingBackItsReservationsAndBackorder() {
        fixture.given(orderPlaced(10),
                        new OrderLineReservedEvent(ORDER_ID, LINE, STOCK_ITEM_ID, RESERVATION_ID, pcs(6), null),
                        new OrderLineBackorderedEvent(ORDER_ID, LINE, BACKORDER_ID, pcs(4)))
                .when(new CancelOrderLineCommand(ORDER_ID, LINE, "changed my mind", null))
                .expectEvents(new OrderLineCancelledEvent(ORDER_ID, LINE, STOCK_ITEM_ID, pcs(10),
                                List.of(RESERVATION_ID), BACKORDER_ID, "changed my mind"),
                        new OrderCancelledEvent(ORDER_ID, "every line cancelled"));
    }

    @Test
    void cannotRecordAReservationOnACancelledLine() {
        fixture.given(orderPlaced(10), new OrderLineCancelledEvent(ORDER_ID, LINE, STOCK_ITEM_ID, pcs(10), List.of(),
                        null, null))
                .when(new RecordLineReservationCommand(ORDER_ID, LINE, RESERVATION_ID, BigDecimal.ONE, BACKORDER_ID))
                .expectException(violated("line-cancelled"));
    }

    @Test
    void canBeCancelledOnceAndOnlyByItsOwnCustomer() {
        fixture.given(orderPlaced(10))
                .when(new CancelOrderCommand(ORDER_ID, null, OTHER_CUSTOMER_ID))
                .expectException(notFound("order"));
        fixture.given(orderPlaced(10))
                .when(new CancelOrderCommand(ORDER_ID, "duplicate order", CUSTOMER_ID))
                .expectEvents(new OrderLineCancelledEvent(ORDER_ID, LINE, STOCK_ITEM_ID, pcs(10), List.of(), null,
                        "duplicate order"), new OrderCancelledEvent(ORDER_ID, "duplicate order"));
        fixture.given(orderPlaced(10), new OrderLineCancelledEvent(ORDER_ID, LINE, STOCK_ITEM_ID, pcs(10), List.of(),
                        null, null), new OrderCancelledEvent(ORDER_ID, null))
                .when(new CancelOrderCommand(ORDER_ID, null, null))
                .expectException(violated("order-cancelled"));
    }

    @Test
    void aCancelledBackorderLeavesTheLineFulfilledWithWhatWasReserved() {
        fixture.given(orderPlaced(10),
                        new OrderLineReservedEvent(ORDER_ID, LINE, STOCK_ITEM_ID, RESERVATION_ID, pcs(6), null),
                        new OrderLineBackorderedEvent(ORDER_ID, LINE, BACKORDER_ID, pcs(4)))
                .when(new CancelLineShortfallCommand(ORDER_ID, LINE, BACKORDER_ID, BigDecimal.valueOf(4), "gone"))
                .expectEvents(new OrderLineShortfallCancelledEvent(ORDER_ID, LINE, BACKORDER_ID, pcs(4), "gone"),
                        new OrderLineFulfilledEvent(ORDER_ID, LINE), new OrderFulfilledEvent(ORDER_ID));
    }

    @Test
    void aShortfallAlreadyCancelledWithItsLineChangesNothing() {
        fixture.given(orderPlaced(10), new OrderLineBackorderedEvent(ORDER_ID, LINE, BACKORDER_ID, pcs(10)),
                        new OrderLineCancelledEvent(ORDER_ID, LINE, STOCK_ITEM_ID, pcs(10), List.of(), BACKORDER_ID,
                                null))
                .when(new CancelLineShortfallCommand(ORDER_ID, LINE, BACKORDER_ID, BigDecimal.TEN, null))
                .expectNoEvents();
    }

    private static final String DELIVERY = "d1d2d3d4-e5e6-4f7f-8a8a-b9b0c1c2d301";

    private static List<com.opsledger.kernel.order.LineQuantity> all10() {
        return List.of(new com.opsledger.kernel.order.LineQuantity(LINE, pcs(10), List.of(RESERVATION_ID)));
    }

    private static Object[] reservedAndDispatched() {
        return new Object[]{orderPlaced(10),
                new OrderLineReservedEvent(ORDER_ID, LINE, STOCK_ITEM_ID, RESERVATION_ID, pcs(10), null),
                new OrderLineFulfilledEvent(ORDER_ID, LINE), new OrderFulfilledEvent(ORDER_ID),
                new com.opsledger.kernel.order.OrderLinesDispatchedEvent(ORDER_ID, DELIVERY, all10())};
    }

    @Test
    void canRecordEachStepOfADeliveryOnce() {
        fixture.given(reservedAndDispatched())
                .when(new com.opsledger.kernel.order.RecordDeliveryProgressCommand(ORDER_ID, DELIVERY,
                        com.opsledger.kernel.order.RecordDeliveryProgressCommand.DELIVERED, all10()))
                .expectEvents(new com.opsledger.kernel.order.OrderLinesDeliveredEvent(ORDER_ID, DELIVERY, all10()));
        fixture.given(reservedAndDispatched())
                .when(new com.opsledger.kernel.order.RecordDeliveryProgressCommand(ORDER_ID, DELIVERY,
                        com.opsledger.kernel.order.RecordDeliveryProgressCommand.DISPATCHED, all10()))
                .expectNoEvents();
    }

    @Test
    void cannotCancelALineWhoseGoodsLeftTheWarehouse() {
        fixture.given(reservedAndDispatched())
                .when(new CancelOrderLineCommand(ORDER_ID, LINE, null, null))
                .expectException(violated("line-dispatched"));
    }

    @Test
    void canTakeReturnedGoodsBackOpeningTheLineAgain() {
        Object[] given = reservedAndDispatched();
        Object[] returned = java.util.Arrays.copyOf(given, given.length + 1);
        returned[given.length] = new com.opsledger.kernel.order.OrderLinesReturnedEvent(ORDER_ID, DELIVERY, all10());
        fixture.given(returned)
                .when(new RecordLineReservationCommand(ORDER_ID, LINE, OTHER_RESERVATION_ID, BigDecimal.TEN, null))
                .expectEvents(new OrderLineReservedEvent(ORDER_ID, LINE, STOCK_ITEM_ID, OTHER_RESERVATION_ID,
                                pcs(10), null),
                        new OrderLineFulfilledEvent(ORDER_ID, LINE), new OrderFulfilledEvent(ORDER_ID));
        fixture.given(returned)
                .when(new CancelOrderLineCommand(ORDER_ID, LINE, null, null))
                .expectEvents(new OrderLineCancelledEvent(ORDER_ID, LINE, STOCK_ITEM_ID, pcs(10), List.of(), null,
                                null),
                        new OrderCancelledEvent(ORDER_ID, "every line cancelled"));
    }
}
