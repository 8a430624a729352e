package com.opsledger.command.order;

import com.opsledger.command.OrderFixtures.InMemoryOrderLookups;
import com.opsledger.command.OrderFixtures;
import com.opsledger.command.backorder.BackorderTerms;
import com.opsledger.command.supplier.InMemorySupplierDirectory;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.kernel.backorder.CreateBackorderCommand;
import com.opsledger.kernel.backorder.MarkBackorderSlaAtRiskCommand;
import com.opsledger.kernel.backorder.MarkBackorderSlaBreachedCommand;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.order.OrderCancelledEvent;
import com.opsledger.kernel.order.OrderLine;
import com.opsledger.kernel.order.OrderPlacedEvent;
import com.opsledger.kernel.order.RecordLineBackorderCommand;
import com.opsledger.kernel.order.RecordLineReservationCommand;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import com.opsledger.kernel.stockitem.ReserveStockCommand;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.opsledger.command.OrderFixtures.BACKORDER_ID;
import static com.opsledger.command.OrderFixtures.CUSTOMER_ID;
import static com.opsledger.command.OrderFixtures.ORDER_ID;
import static com.opsledger.command.OrderFixtures.PRODUCT_ID;
import static com.opsledger.command.OrderFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.OrderFixtures.WAREHOUSE_ID;
import static com.opsledger.command.OrderFixtures.backorderCreated;
import static com.opsledger.command.OrderFixtures.lineId;
import static com.opsledger.command.OrderFixtures.orderPlaced;
import static org.assertj.core.api.Assertions.assertThat;

class OrderProcessManagerTest {

    private static final String LINE = lineId(0);

    private SagaTestFixture<OrderProcessManager> fixture;
    private InMemoryOrderLookups lookups;
    private InMemorySupplierDirectory suppliers;
    private final List<Object> sent = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OrderProcessManager.class);
        lookups = new InMemoryOrderLookups();
        fixture.registerResource(lookups);
        fixture.registerResource(BackorderTerms.defaults());
        suppliers = new InMemorySupplierDirectory();
        fixture.registerResource(suppliers);
        fixture.setCallbackBehavior((command, metaData) -> {
            sent.add(command);
            return null;
        });
    }

    @Test
    void reservesWhatIsAvailableAndBackordersTheShortfall() {
        lookups.available.put(STOCK_ITEM_ID, BigDecimal.valueOf(6));
        Instant now = fixture.currentTime();

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER_ID).publishes(orderPlaced(10))
                .expectActiveSagas(1);

        assertThat(sent).hasSize(4);
        ReserveStockCommand reserve = (ReserveStockCommand) sent.get(0);
        assertThat(reserve.stockItemId()).isEqualTo(STOCK_ITEM_ID);
        assertThat(reserve.quantity()).isEqualByComparingTo("6");
        assertThat(sent.get(1)).isEqualTo(new RecordLineReservationCommand(ORDER_ID, LINE, reserve.reservationId(),
                new BigDecimal("6.000"), null));
        RecordLineBackorderCommand backordered = (RecordLineBackorderCommand) sent.get(2);
        assertThat(backordered.quantity()).isEqualByComparingTo("4");
        CreateBackorderCommand backorder = (CreateBackorderCommand) sent.get(3);
        assertThat(backorder.backorderId()).isEqualTo(backordered.backorderId());
        assertThat(backorder).isEqualTo(new CreateBackorderCommand(backorder.backorderId(), ORDER_ID, LINE,
                CUSTOMER_ID, PRODUCT_ID, WAREHOUSE_ID, STOCK_ITEM_ID, new BigDecimal("4.000"), "pcs", 300,
                now.plus(Duration.ofDays(7)), LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(5), "lead-time", now));
    }

    @Test
    void backordersAtTheLinesPriceFromTheProductsPreferredSupplierOfTheMoment() {
        suppliers.prefer(PRODUCT_ID, "supplier-1");
        Money price = Money.of(new BigDecimal("3.25"), "EUR");

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER_ID).publishes(new OrderPlacedEvent(ORDER_ID, CUSTOMER_ID, "gold", WAREHOUSE_ID,
                        List.of(new OrderLine(LINE, PRODUCT_ID, STOCK_ITEM_ID, OrderFixtures.pcs(10), price)), null,
                        null));

        CreateBackorderCommand backorder = (CreateBackorderCommand) sent.get(1);
        assertThat(backorder.unitPrice()).isEqualTo(price);
        assertThat(backorder.supplierId()).isEqualTo("supplier-1");
    }

    @Test
    void backordersTheWholeLineWhenNothingIsAvailableAndSaysWhenTheLeadTimeIsUnknown() {
        lookups.leadTimes.clear();

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER_ID).publishes(orderPlaced(10));

        assertThat(sent).hasSize(2);
        CreateBackorderCommand backorder = (CreateBackorderCommand) sent.get(1);
        assertThat(backorder.quantity()).isEqualByComparingTo("10");
        assertThat(backorder.eta()).isNull();
        assertThat(backorder.etaBasis()).isEqualTo("unknown");
        assertThat(backorder.unitPrice()).isNull();
        assertThat(backorder.supplierId()).isNull();
    }

    @Test
    void retriesAReservationRefusedBecauseStockMovedAndBackordersWhatIsGone() {
        lookups.available.put(STOCK_ITEM_ID, BigDecimal.valueOf(6));
        refusing(ReserveStockCommand.class, () -> lookups.available.put(STOCK_ITEM_ID, BigDecimal.ZERO),
                new BusinessRuleViolationException("insufficient-stock", "taken meanwhile"));

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER_ID).publishes(orderPlaced(10));

        assertThat(sent).hasSize(3);
        assertThat(sent.get(0)).isInstanceOf(ReserveStockCommand.class);
        assertThat(((RecordLineBackorderCommand) sent.get(1)).quantity()).isEqualByComparingTo("10");
    }

    @Test
    void givesBackAReservationForALineCancelledMeanwhile() {
        lookups.available.put(STOCK_ITEM_ID, BigDecimal.valueOf(10));
        refusing(RecordLineReservationCommand.class, () -> { },
                new BusinessRuleViolationException("line-cancelled", "cancelled"));

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER_ID).publishes(orderPlaced(10));

        assertThat(sent).hasSize(3);
        ReserveStockCommand reserve = (ReserveStockCommand) sent.get(0);
        assertThat(sent.get(2)).isEqualTo(new ReleaseReservationCommand(STOCK_ITEM_ID, reserve.reservationId(), null));
    }

    @Test
    void marksTheBackorderAtRiskTwoDaysBeforeItsDueDate() {
        givenAnOrderWithABackorderDueInSevenDays()
                .whenTimeElapses(Duration.ofDays(5).plusMinutes(1))
                .expectTriggeredDeadlinesWithName(OrderProcessManager.SLA_AT_RISK)
                .expectDispatchedCommands(new MarkBackorderSlaAtRiskCommand(BACKORDER_ID));
    }

    @Test
    void marksTheBackorderBreachedWhenItsDueDatePasses() {
        givenAnOrderWithABackorderDueInSevenDays()
                .whenTimeElapses(Duration.ofDays(7).plusMinutes(1))
                .expectTriggeredDeadlinesWithName(OrderProcessManager.SLA_AT_RISK, OrderProcessManager.SLA_BREACHED)
                .expectDispatchedCommands(new MarkBackorderSlaAtRiskCommand(BACKORDER_ID),
                        new MarkBackorderSlaBreachedCommand(BACKORDER_ID));
    }

    @Test
    void dropsTheDeadlinesOfAFulfilledBackorder() {
        givenAnOrderWithABackorderDueInSevenDays()
                .whenAggregate(BACKORDER_ID).publishes(new BackorderFulfilledEvent(BACKORDER_ID, ORDER_ID, LINE,
                        CUSTOMER_ID, STOCK_ITEM_ID))
                .expectNoScheduledDeadlines();
    }

    @Test
    void endsWithTheOrderAndItsDeadlines() {
        givenAnOrderWithABackorderDueInSevenDays()
                .whenAggregate(ORDER_ID).publishes(new OrderCancelledEvent(ORDER_ID, null))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    /** An order placed for 10 whose backorder of 4 is due in seven days. */
    private ContinuedGivenState givenAnOrderWithABackorderDueInSevenDays() {
        Instant now = fixture.currentTime();
        BackorderCreatedEvent created = backorderCreated(BACKORDER_ID, 4, 300, now.plus(Duration.ofDays(7)), now);
        return fixture.givenAggregate(ORDER_ID).published(orderPlaced(10))
                .andThenAggregate(BACKORDER_ID).published(created);
    }

    /** Records every command sent; one of {@code refused} type first runs {@code meanwhile}, then fails. */
    private void refusing(Class<?> refused, Runnable meanwhile, RuntimeException failure) {
        fixture.setCallbackBehavior((command, metaData) -> {
            sent.add(command);
            if (refused.isInstance(command)) {
                meanwhile.run();
                throw failure;
            }
            return null;
        });
    }
}
