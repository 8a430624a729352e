package com.opsledger.command.backorder;

import com.opsledger.kernel.backorder.AllocateBackorderCommand;
import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderEtaChangedEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.kernel.backorder.BackorderPriorityChangedEvent;
import com.opsledger.kernel.backorder.BackorderSlaAtRiskEvent;
import com.opsledger.kernel.backorder.BackorderSlaBreachedEvent;
import com.opsledger.kernel.backorder.CancelBackorderCommand;
import com.opsledger.kernel.backorder.ChangeBackorderPriorityCommand;
import com.opsledger.kernel.backorder.CreateBackorderCommand;
import com.opsledger.kernel.backorder.MarkBackorderSlaAtRiskCommand;
import com.opsledger.kernel.backorder.MarkBackorderSlaBreachedCommand;
import com.opsledger.kernel.backorder.UpdateBackorderEtaCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static com.opsledger.command.OrderFixtures.BACKORDER_ID;
import static com.opsledger.command.OrderFixtures.CUSTOMER_ID;
import static com.opsledger.command.OrderFixtures.DUE;
import static com.opsledger.command.OrderFixtures.ORDER_ID;
import static com.opsledger.command.OrderFixtures.OTHER_CUSTOMER_ID;
import static com.opsledger.command.OrderFixtures.OTHER_RESERVATION_ID;
import static com.opsledger.command.OrderFixtures.PLACED_AT;
import static com.opsledger.command.OrderFixtures.PRODUCT_ID;
import static com.opsledger.command.OrderFixtures.RESERVATION_ID;
import static com.opsledger.command.OrderFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.OrderFixtures.WAREHOUSE_ID;
import static com.opsledger.command.OrderFixtures.backorderCreated;
import static com.opsledger.command.OrderFixtures.lineId;
import static com.opsledger.command.OrderFixtures.pcs;

class BackorderTest {

    private static final String LINE = lineId(0);

    private FixtureConfiguration<Backorder> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Backorder.class);
    }

    private static BackorderCreatedEvent created() {
        return backorderCreated(BACKORDER_ID, 4, 300, DUE, PLACED_AT);
    }

    private static BackorderAllocatedEvent allocated(String reservationId, long part, long total) {
        return new BackorderAllocatedEvent(BACKORDER_ID, ORDER_ID, LINE, CUSTOMER_ID, STOCK_ITEM_ID, reservationId,
                pcs(part), pcs(total), pcs(4 - total));
    }

    @Test
    void canBeCreatedForTheShortfallOfALine() {
        fixture.givenNoPriorActivity()
                .when(new CreateBackorderCommand(BACKORDER_ID, ORDER_ID, LINE, CUSTOMER_ID, PRODUCT_ID, WAREHOUSE_ID,
                        STOCK_ITEM_ID, BigDecimal.valueOf(4), "pcs", 300, DUE, LocalDate.of(2026, 11, 7), "lead-time",
                        PLACED_AT))
                .expectEvents(created());
    }

    @Test
    void cannotBeCreatedForNothingOrWithAPriorityOutOfRange() {
        fixture.givenNoPriorActivity()
                .when(new CreateBackorderCommand(BACKORDER_ID, ORDER_ID, LINE, CUSTOMER_ID, PRODUCT_ID, WAREHOUSE_ID,
                        STOCK_ITEM_ID, BigDecimal.ZERO, "pcs", 300, DUE, null, "unknown", PLACED_AT))
                .expectException(invalid("quantity"));
        fixture.givenNoPriorActivity()
                .when(new CreateBackorderCommand(BACKORDER_ID, ORDER_ID, LINE, CUSTOMER_ID, PRODUCT_ID, WAREHOUSE_ID,
                        STOCK_ITEM_ID, BigDecimal.ONE, "pcs", 5000, DUE, null, "unknown", PLACED_AT))
                .expectException(invalid("priority"));
    }

    @Test
    void canBeAllocatedInPartsUntilFulfilled() {
        fixture.given(created())
                .when(new AllocateBackorderCommand(BACKORDER_ID, RESERVATION_ID, BigDecimal.valueOf(3)))
                .expectEvents(allocated(RESERVATION_ID, 3, 3));
        fixture.given(created(), allocated(RESERVATION_ID, 3, 3))
                .when(new AllocateBackorderCommand(BACKORDER_ID, OTHER_RESERVATION_ID, BigDecimal.ONE))
                .expectEvents(allocated(OTHER_RESERVATION_ID, 1, 4),
                        new BackorderFulfilledEvent(BACKORDER_ID, ORDER_ID, LINE, CUSTOMER_ID, STOCK_ITEM_ID));
    }

    @Test
    void cannotBeOverfilled() {
        fixture.given(created(), allocated(RESERVATION_ID, 3, 3))
                .when(new AllocateBackorderCommand(BACKORDER_ID, OTHER_RESERVATION_ID, BigDecimal.valueOf(2)))
                .expectException(violated("backorder-overfill"));
    }

    @Test
    void countsOneReservationOnce() {
        fixture.given(created(), allocated(RESERVATION_ID, 3, 3))
                .when(new AllocateBackorderCommand(BACKORDER_ID, RESERVATION_ID, BigDecimal.valueOf(3)))
                .expectNoEvents();
    }

    @Test
    void cannotBeAllocatedOnceCancelledOrFulfilled() {
        fixture.given(created(), new BackorderCancelledEvent(BACKORDER_ID, ORDER_ID, LINE, CUSTOMER_ID, STOCK_ITEM_ID,
                        pcs(4), null))
                .when(new AllocateBackorderCommand(BACKORDER_ID, RESERVATION_ID, BigDecimal.ONE))
                .expectException(violated("backorder-closed"));
        fixture.given(created(), allocated(RESERVATION_ID, 4, 4),
                        new BackorderFulfilledEvent(BACKORDER_ID, ORDER_ID, LINE, CUSTOMER_ID, STOCK_ITEM_ID))
                .when(new CancelBackorderCommand(BACKORDER_ID, null, null))
                .expectException(violated("backorder-closed"));
    }

    @Test
    void canBeCancelledWithWhatItStillAwaitsButNotByAnotherCustomer() {
        fixture.given(created(), allocated(RESERVATION_ID, 3, 3))
                .when(new CancelBackorderCommand(BACKORDER_ID, "customer takes 3", CUSTOMER_ID))
                .expectEvents(new BackorderCancelledEvent(BACKORDER_ID, ORDER_ID, LINE, CUSTOMER_ID, STOCK_ITEM_ID,
                        pcs(1), "customer takes 3"));
        fixture.given(created())
                .when(new CancelBackorderCommand(BACKORDER_ID, null, OTHER_CUSTOMER_ID))
                .expectException(notFound("backorder"));
    }

    @Test
    void canBeReprioritizedByAManagerWithAReason() {
        fixture.given(created())
                .when(new ChangeBackorderPriorityCommand(BACKORDER_ID, 900, " key account "))
                .expectEvents(new BackorderPriorityChangedEvent(BACKORDER_ID, STOCK_ITEM_ID, 900, 300, "key account"));
        fixture.given(created())
                .when(new ChangeBackorderPriorityCommand(BACKORDER_ID, 900, " "))
                .expectException(invalid("reason"));
    }

    @Test
    void canTakeAnEtaOnAnotherBasisOnceAndIgnoresTheSameAgain() {
        LocalDate eta = LocalDate.of(2026, 11, 5);
        fixture.given(created())
                .when(new UpdateBackorderEtaCommand(BACKORDER_ID, eta, "purchase-order:PO-1"))
                .expectEvents(new BackorderEtaChangedEvent(BACKORDER_ID, CUSTOMER_ID, eta, "purchase-order:PO-1",
                        LocalDate.of(2026, 11, 7), "lead-time"));
        fixture.given(created(), new BackorderEtaChangedEvent(BACKORDER_ID, CUSTOMER_ID, eta, "purchase-order:PO-1",
                        LocalDate.of(2026, 11, 7), "lead-time"))
                .when(new UpdateBackorderEtaCommand(BACKORDER_ID, eta, "purchase-order:PO-1"))
                .expectNoEvents();
    }

    @Test
    void goesAtRiskThenBreachedOnlyWhileOpen() {
        fixture.given(created())
                .when(new MarkBackorderSlaAtRiskCommand(BACKORDER_ID))
                .expectEvents(new BackorderSlaAtRiskEvent(BACKORDER_ID, CUSTOMER_ID, DUE));
        fixture.given(created(), new BackorderSlaAtRiskEvent(BACKORDER_ID, CUSTOMER_ID, DUE))
                .when(new MarkBackorderSlaBreachedCommand(BACKORDER_ID))
                .expectEvents(new BackorderSlaBreachedEvent(BACKORDER_ID, CUSTOMER_ID, DUE));
        fixture.given(created(), allocated(RESERVATION_ID, 4, 4),
                        new BackorderFulfilledEvent(BACKORDER_ID, ORDER_ID, LINE, CUSTOMER_ID, STOCK_ITEM_ID))
                .when(new MarkBackorderSlaBreachedCommand(BACKORDER_ID))
                .expectNoEvents();
    }
}
