package com.opsledger.command.backorder;

import com.opsledger.command.OrderFixtures.InMemoryOrderLookups;
import com.opsledger.kernel.backorder.AllocateBackorderCommand;
import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.kernel.backorder.BackorderPriorityChangedEvent;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import com.opsledger.kernel.stockitem.ReserveStockCommand;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockReleasedFromQuarantineEvent;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.opsledger.command.OrderFixtures.CUSTOMER_ID;
import static com.opsledger.command.OrderFixtures.ORDER_ID;
import static com.opsledger.command.OrderFixtures.PLACED_AT;
import static com.opsledger.command.OrderFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.OrderFixtures.backorderCreated;
import static com.opsledger.command.OrderFixtures.lineId;
import static com.opsledger.command.OrderFixtures.pcs;
import static org.assertj.core.api.Assertions.assertThat;

class BackorderAllocationProcessTest {

    private static final String STANDARD = "b0000000-0000-4000-8000-000000000001";
    private static final String GOLD = "b0000000-0000-4000-8000-000000000002";
    private static final String GOLD_LATER = "b0000000-0000-4000-8000-000000000003";
    private static final Instant DUE = PLACED_AT.plusSeconds(7 * 86400);

    private SagaTestFixture<BackorderAllocationProcess> fixture;
    private final List<Object> sent = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(BackorderAllocationProcess.class);
        fixture.registerResource(new InMemoryOrderLookups());
        fixture.setCallbackBehavior((command, metaData) -> {
            sent.add(command);
            return null;
        });
    }

    private static BackorderCreatedEvent standard() {
        return backorderCreated(STANDARD, 5, 100, DUE.plusSeconds(7 * 86400), PLACED_AT);
    }

    private static BackorderCreatedEvent gold() {
        return backorderCreated(GOLD, 4, 300, DUE, PLACED_AT.plusSeconds(60));
    }

    private static BackorderCreatedEvent goldLater() {
        return backorderCreated(GOLD_LATER, 3, 300, DUE.plusSeconds(3600), PLACED_AT.plusSeconds(120));
    }

    private static StockReceivedEvent received(long quantity, long onHand, long reserved) {
        return new StockReceivedEvent(STOCK_ITEM_ID, pcs(quantity), null, new StockLevels(pcs(onHand),
                pcs(reserved)));
    }

    /** The quantities allocated, in the order sent, as "backorder=quantity". */
    private List<String> allocations() {
        return sent.stream().filter(AllocateBackorderCommand.class::isInstance).map(AllocateBackorderCommand.class::cast)
                .map(c -> c.backorderId() + "=" + c.quantity().stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void allocatesArrivingStockInPolicyOrderPartlyAcrossSeveralBackorders() {
        fixture.givenAggregate(STANDARD).published(standard())
                .andThenAggregate(GOLD).published(gold())
                .andThenAggregate(GOLD_LATER).published(goldLater())
                .whenAggregate(STOCK_ITEM_ID).publishes(received(9, 9, 0))
                .expectActiveSagas(1);

        // gold first (earlier due date), then the later gold, then standard takes what is left
        assertThat(allocations()).containsExactly(GOLD + "=4", GOLD_LATER + "=3", STANDARD + "=2");
        for (int i = 0; i < sent.size(); i += 2) {
            ReserveStockCommand reserve = (ReserveStockCommand) sent.get(i);
            AllocateBackorderCommand allocate = (AllocateBackorderCommand) sent.get(i + 1);
            assertThat(reserve.stockItemId()).isEqualTo(STOCK_ITEM_ID);
            assertThat(allocate.reservationId()).isEqualTo(reserve.reservationId());
            assertThat(allocate.quantity()).isEqualByComparingTo(reserve.quantity());
        }
    }

    @Test
    void allocatesStockReleasedFromQuarantineAsItAllocatesAReceipt() {
        fixture.givenAggregate(GOLD).published(gold())
                .whenAggregate(STOCK_ITEM_ID).publishes(new StockReleasedFromQuarantineEvent(STOCK_ITEM_ID,
                        "4b1d9e2a-7c3f-4a8e-9d6b-1e2f3a4b5c01", "L-1", pcs(6), new StockLevels(pcs(6), pcs(0))));

        assertThat(allocations()).containsExactly(GOLD + "=4");
    }

    @Test
    void allocatesOnlyWhatIsStillAwaitedAfterEarlierAllocations() {
        fixture.givenAggregate(GOLD).published(gold(), new BackorderAllocatedEvent(GOLD, ORDER_ID, lineId(0),
                        CUSTOMER_ID, STOCK_ITEM_ID, "r-1", pcs(3), pcs(3), pcs(1)))
                .andThenAggregate(STANDARD).published(standard())
                .whenAggregate(STOCK_ITEM_ID).publishes(received(10, 13, 3));

        assertThat(allocations()).containsExactly(GOLD + "=1", STANDARD + "=5");
    }

    @Test
    void followsAManagersPriorityOverrideAndForgetsClosedBackorders() {
        fixture.givenAggregate(STANDARD).published(standard(),
                        new BackorderPriorityChangedEvent(STANDARD, STOCK_ITEM_ID, 900, 100, "escalated"))
                .andThenAggregate(GOLD).published(gold())
                .andThenAggregate(GOLD_LATER).published(goldLater(), new BackorderCancelledEvent(GOLD_LATER, ORDER_ID,
                        lineId(0), CUSTOMER_ID, STOCK_ITEM_ID, pcs(3), null))
                .whenAggregate(STOCK_ITEM_ID).publishes(received(6, 6, 0));

        assertThat(allocations()).containsExactly(STANDARD + "=5", GOLD + "=1");
    }

    @Test
    void stopsWhenTheStockItemRefusesBecauseTheStockMovedOn() {
        fixture.setCallbackBehavior((command, metaData) -> {
            sent.add(command);
            if (command instanceof ReserveStockCommand) {
                throw new BusinessRuleViolationException("insufficient-stock", "taken meanwhile");
            }
            return null;
        });
        fixture.givenAggregate(GOLD).published(gold())
                .andThenAggregate(STANDARD).published(standard())
                .whenAggregate(STOCK_ITEM_ID).publishes(received(9, 9, 0));

        assertThat(sent).hasSize(1);
    }

    @Test
    void releasesAReservationTheBackorderRefuses() {
        fixture.setCallbackBehavior((command, metaData) -> {
            sent.add(command);
            if (command instanceof AllocateBackorderCommand allocate && allocate.backorderId().equals(GOLD)) {
                throw new BusinessRuleViolationException("backorder-closed", "cancelled meanwhile");
            }
            return null;
        });
        fixture.givenAggregate(GOLD).published(gold())
                .andThenAggregate(STANDARD).published(standard())
                .whenAggregate(STOCK_ITEM_ID).publishes(received(9, 9, 0));

        ReserveStockCommand first = (ReserveStockCommand) sent.get(0);
        assertThat(sent.get(2)).isEqualTo(new ReleaseReservationCommand(STOCK_ITEM_ID, first.reservationId(), null));
        assertThat(allocations()).containsExactly(GOLD + "=4", STANDARD + "=5");
    }

    @Test
    void endsWhenNoBackorderOfTheStockItemIsOpen() {
        fixture.givenAggregate(GOLD).published(gold())
                .whenAggregate(GOLD).publishes(new BackorderFulfilledEvent(GOLD, ORDER_ID, lineId(0), CUSTOMER_ID,
                        STOCK_ITEM_ID))
                .expectActiveSagas(0);
    }

    @Test
    void allocatesStockAlreadyThereWhenABackorderIsCreated() {
        InMemoryOrderLookups lookups = new InMemoryOrderLookups();
        lookups.available.put(STOCK_ITEM_ID, BigDecimal.valueOf(2));
        fixture = new SagaTestFixture<>(BackorderAllocationProcess.class);
        fixture.registerResource(lookups);
        fixture.setCallbackBehavior((command, metaData) -> {
            sent.add(command);
            return null;
        });

        fixture.givenNoPriorActivity()
                .whenAggregate(GOLD).publishes(gold());

        assertThat(allocations()).containsExactly(GOLD + "=2");
    }
}
