package com.opsledger.command.delivery;

import com.opsledger.command.DeliveryFixtures;
import com.opsledger.kernel.delivery.CancelDeliveryCommand;
import com.opsledger.kernel.delivery.CreateDeliveryCommand;
import com.opsledger.kernel.delivery.DeliveryCancelledEvent;
import com.opsledger.kernel.delivery.DeliveryCreatedEvent;
import com.opsledger.kernel.delivery.DeliveryDeliveredEvent;
import com.opsledger.kernel.delivery.DeliveryDispatchedEvent;
import com.opsledger.kernel.delivery.DeliveryFailedEvent;
import com.opsledger.kernel.delivery.DeliveryLine;
import com.opsledger.kernel.delivery.DeliveryProofCodeRejectedEvent;
import com.opsledger.kernel.delivery.DeliveryProofLockOverriddenEvent;
import com.opsledger.kernel.delivery.DeliveryReturnedEvent;
import com.opsledger.kernel.delivery.DeliveryScheduledEvent;
import com.opsledger.kernel.delivery.DeliveryUnscheduledEvent;
import com.opsledger.kernel.delivery.DispatchDeliveryCommand;
import com.opsledger.kernel.delivery.NewDeliveryLine;
import com.opsledger.kernel.delivery.OverrideProofLockCommand;
import com.opsledger.kernel.delivery.ProofOfDelivery;
import com.opsledger.kernel.delivery.ProofOutcome;
import com.opsledger.kernel.delivery.RecordDeliveryFailureCommand;
import com.opsledger.kernel.delivery.RecordProofOfDeliveryCommand;
import com.opsledger.kernel.delivery.ReturnDeliveryCommand;
import com.opsledger.kernel.delivery.ScheduleDeliveryCommand;
import com.opsledger.kernel.delivery.TimeSlot;
import com.opsledger.kernel.delivery.UnscheduleDeliveryCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static com.opsledger.command.DeliveryFixtures.ARRIVAL;
import static com.opsledger.command.DeliveryFixtures.CODE;
import static com.opsledger.command.DeliveryFixtures.CODES;
import static com.opsledger.command.DeliveryFixtures.DELIVERY_ID;
import static com.opsledger.command.DeliveryFixtures.DRIVER_ID;
import static com.opsledger.command.DeliveryFixtures.NUMBER;
import static com.opsledger.command.DeliveryFixtures.OTHER_DRIVER_ID;
import static com.opsledger.command.DeliveryFixtures.OTHER_ROUTE_ID;
import static com.opsledger.command.DeliveryFixtures.ROUTE_ID;
import static com.opsledger.command.DeliveryFixtures.VEHICLE_ID;
import static com.opsledger.command.DeliveryFixtures.created;
import static com.opsledger.command.DeliveryFixtures.dispatched;
import static com.opsledger.command.DeliveryFixtures.scheduled;
import static com.opsledger.command.DeliveryFixtures.wholeLine;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static com.opsledger.command.OrderFixtures.CUSTOMER_ID;
import static com.opsledger.command.OrderFixtures.ORDER_ID;
import static com.opsledger.command.OrderFixtures.PRODUCT_ID;
import static com.opsledger.command.OrderFixtures.RESERVATION_ID;
import static com.opsledger.command.OrderFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.OrderFixtures.WAREHOUSE_ID;
import static com.opsledger.command.OrderFixtures.lineId;
import static com.opsledger.command.OrderFixtures.pcs;

class DeliveryTest {

    private static final ProofOfDelivery SIGNATURE = new ProofOfDelivery("sha256:ab", "image/png", 120);

    private FixtureConfiguration<Delivery> fixture;
    private DeliveryFixtures.InMemoryDeliveryLookups lookups;
    private final List<String> missingChecks = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Delivery.class);
        lookups = new DeliveryFixtures.InMemoryDeliveryLookups();
        fixture.registerInjectableResource(lookups);
        fixture.registerInjectableResource(CODES);
        fixture.registerInjectableResource((PreDispatchChecks) (warehouseId, lines) -> List.copyOf(missingChecks));
    }

    private static CreateDeliveryCommand create(List<NewDeliveryLine> lines) {
        return new CreateDeliveryCommand(DELIVERY_ID, NUMBER, ORDER_ID, lines, null, " ring twice ", false);
    }

    private static RecordProofOfDeliveryCommand proof(String code) {
        return new RecordProofOfDeliveryCommand(DELIVERY_ID, code, " Anna Schmidt ", SIGNATURE, null, null);
    }

    @Test
    void canPlanEveryReservedLineOfAnOrder() {
        fixture.givenNoPriorActivity()
                .when(create(null))
                .expectEvents(new DeliveryCreatedEvent(DELIVERY_ID, NUMBER, ORDER_ID, CUSTOMER_ID, WAREHOUSE_ID,
                        List.of(wholeLine()), null, "ring twice", true, false));
    }

    @Test
    void canPlanPartOfALineAsWholeReservations() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(new NewDeliveryLine(lineId(0), BigDecimal.valueOf(4)))))
                .expectEvents(new DeliveryCreatedEvent(DELIVERY_ID, NUMBER, ORDER_ID, CUSTOMER_ID, WAREHOUSE_ID,
                        List.of(new DeliveryLine(lineId(0), PRODUCT_ID, STOCK_ITEM_ID, pcs(4),
                                List.of(RESERVATION_ID))), null, "ring twice", true, false));
    }

    @Test
    void cannotPlanAQuantityThatSplitsAReservation() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(new NewDeliveryLine(lineId(0), BigDecimal.valueOf(5)))))
                .expectException(violated("quantity-not-reserved"));
    }

    @Test
    void cannotPlanALineOfAnotherOrder() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(new NewDeliveryLine(lineId(7), null))))
                .expectException(invalid("lines[0].lineId"));
    }

    @Test
    void cannotPlanAnOrderWhoseGoodsAreAllOnDeliveries() {
        lookups.order = new com.opsledger.command.lookup.DeliveryLookups.ReadyOrder(ORDER_ID, CUSTOMER_ID,
                WAREHOUSE_ID, List.of());
        fixture.givenNoPriorActivity().when(create(null)).expectException(violated("nothing-to-deliver"));
    }

    @Test
    void cannotPlanAnUnknownOrder() {
        lookups.order = null;
        fixture.givenNoPriorActivity().when(create(null)).expectException(notFound("order"));
    }

    @Test
    void cannotPlanATimeSlotThatEndsBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new CreateDeliveryCommand(DELIVERY_ID, NUMBER, ORDER_ID, null,
                        new TimeSlot(ARRIVAL, ARRIVAL.minusSeconds(60)), null, false))
                .expectException(invalid("timeSlot.to"));
    }

    @Test
    void canBeScheduledOnARouteAndTakenOff() {
        fixture.given(created(true))
                .when(new ScheduleDeliveryCommand(DELIVERY_ID, ROUTE_ID, 1, ARRIVAL, DRIVER_ID, VEHICLE_ID))
                .expectEvents(scheduled());
        fixture.given(created(true), scheduled())
                .when(new UnscheduleDeliveryCommand(DELIVERY_ID, ROUTE_ID))
                .expectEvents(new DeliveryUnscheduledEvent(DELIVERY_ID, ROUTE_ID));
    }

    @Test
    void cannotBeOnTwoRoutesAtOnce() {
        fixture.given(created(true), scheduled())
                .when(new ScheduleDeliveryCommand(DELIVERY_ID, OTHER_ROUTE_ID, 2, ARRIVAL, DRIVER_ID, VEHICLE_ID))
                .expectException(violated("delivery-on-route"));
    }

    @Test
    void canBeDispatchedWithTheHashOfTheCustomersCodeOnly() {
        fixture.given(created(true), scheduled())
                .when(new DispatchDeliveryCommand(DELIVERY_ID, null))
                .expectEvents(new DeliveryDispatchedEvent(DELIVERY_ID, ORDER_ID, CUSTOMER_ID, List.of(wholeLine()),
                        "h:654321"));
    }

    @Test
    void canBeDispatchedWithoutACodeForACustomerWhoWantsNone() {
        fixture.given(created(false))
                .when(new DispatchDeliveryCommand(DELIVERY_ID, null))
                .expectEvents(new DeliveryDispatchedEvent(DELIVERY_ID, ORDER_ID, CUSTOMER_ID, List.of(wholeLine()),
                        null));
    }

    @Test
    void cannotBeDispatchedBeforeItsPreDispatchCheckPassed() {
        missingChecks.add("batch B1 of product P has no passed pre-dispatch check");
        fixture.given(created(true)).when(new DispatchDeliveryCommand(DELIVERY_ID, null))
                .expectException(violated("pre-dispatch-check-missing"));
    }

    @Test
    void cannotBeDispatchedByAnotherRoutesDriver() {
        fixture.given(created(true), scheduled())
                .when(new DispatchDeliveryCommand(DELIVERY_ID, OTHER_DRIVER_ID))
                .expectException(notFound("delivery"));
    }

    @Test
    void cannotBeDispatchedTwice() {
        fixture.given(created(true), dispatched())
                .when(new DispatchDeliveryCommand(DELIVERY_ID, null))
                .expectException(violated("delivery-out-for-delivery"));
    }

    @Test
    void canBeDeliveredWithTheCustomersCode() {
        fixture.given(created(true), scheduled(), dispatched())
                .when(proof(" " + CODE + " "))
                .expectResultMessagePayload(ProofOutcome.delivered())
                .expectEvents(new DeliveryDeliveredEvent(DELIVERY_ID, ORDER_ID, CUSTOMER_ID, List.of(wholeLine()),
                        "Anna Schmidt", true, SIGNATURE, null));
    }

    @Test
    void cannotBeDeliveredWithoutTheCodeItNeeds() {
        fixture.given(created(true), dispatched()).when(proof(null)).expectException(invalid("code"));
    }

    @Test
    void canCountAWrongCodeAndLockAtTheFifth() {
        fixture.given(created(true), dispatched())
                .when(proof("000000"))
                .expectResultMessagePayload(new ProofOutcome(false, 4))
                .expectEvents(new DeliveryProofCodeRejectedEvent(DELIVERY_ID, 1, false));
        fixture.given(created(true), dispatched(), rejected(1), rejected(2), rejected(3), rejected(4))
                .when(proof("000000"))
                .expectResultMessagePayload(new ProofOutcome(false, 0))
                .expectEvents(new DeliveryProofCodeRejectedEvent(DELIVERY_ID, 5, true));
    }

    @Test
    void cannotTakeEvenTheRightCodeOnceLocked() {
        fixture.given(created(true), dispatched(), rejected(1), rejected(2), rejected(3), rejected(4),
                        new DeliveryProofCodeRejectedEvent(DELIVERY_ID, 5, true))
                .when(proof(CODE))
                .expectException(violated("proof-locked"));
    }

    @Test
    void canBeDeliveredWithoutTheCodeAfterAManagersOverride() {
        DeliveryProofCodeRejectedEvent locked = new DeliveryProofCodeRejectedEvent(DELIVERY_ID, 5, true);
        fixture.given(created(true), dispatched(), locked)
                .when(new OverrideProofLockCommand(DELIVERY_ID, "customer lost the message"))
                .expectEvents(new DeliveryProofLockOverriddenEvent(DELIVERY_ID, "customer lost the message"));
        fixture.given(created(true), dispatched(), locked,
                        new DeliveryProofLockOverriddenEvent(DELIVERY_ID, "customer lost the message"))
                .when(proof(null))
                .expectEvents(new DeliveryDeliveredEvent(DELIVERY_ID, ORDER_ID, CUSTOMER_ID, List.of(wholeLine()),
                        "Anna Schmidt", false, SIGNATURE, null));
    }

    @Test
    void cannotOverrideAProofThatIsNotLocked() {
        fixture.given(created(true), dispatched())
                .when(new OverrideProofLockCommand(DELIVERY_ID, "just because"))
                .expectException(violated("proof-not-locked"));
    }

    @Test
    void cannotBeDeliveredBeforeItLeft() {
        fixture.given(created(true), scheduled()).when(proof(CODE)).expectException(violated("delivery-scheduled"));
    }

    @Test
    void canFailWithAKnownReasonAndComeBackToStock() {
        fixture.given(created(true), dispatched())
                .when(new RecordDeliveryFailureCommand(DELIVERY_ID, "Customer-Absent", "nobody home", null))
                .expectEvents(new DeliveryFailedEvent(DELIVERY_ID, "customer-absent", "nobody home"));
        fixture.given(created(true), dispatched(), new DeliveryFailedEvent(DELIVERY_ID, "refused", null))
                .when(new ReturnDeliveryCommand(DELIVERY_ID, null, null))
                .expectEvents(new DeliveryReturnedEvent(DELIVERY_ID, ORDER_ID, List.of(wholeLine()), "restock",
                        null));
    }

    @Test
    void cannotFailWithAnUnknownReason() {
        fixture.given(created(true), dispatched())
                .when(new RecordDeliveryFailureCommand(DELIVERY_ID, "rain", null, null))
                .expectException(invalid("reason"));
    }

    @Test
    void cannotWriteOffReturnedGoodsWithoutAReason() {
        fixture.given(created(true), dispatched(), new DeliveryFailedEvent(DELIVERY_ID, "damaged", null))
                .when(new ReturnDeliveryCommand(DELIVERY_ID, "write-off", null))
                .expectException(invalid("reason"));
    }

    @Test
    void cannotReturnADeliveryThatDidNotFail() {
        fixture.given(created(true), dispatched())
                .when(new ReturnDeliveryCommand(DELIVERY_ID, null, null))
                .expectException(violated("delivery-out-for-delivery"));
    }

    @Test
    void canBeCancelledBeforeItLeavesButNotAfter() {
        fixture.given(created(true), scheduled())
                .when(new CancelDeliveryCommand(DELIVERY_ID, "customer moved"))
                .expectEvents(new DeliveryCancelledEvent(DELIVERY_ID, ORDER_ID, List.of(wholeLine()),
                        "customer moved"));
        fixture.given(created(true), dispatched())
                .when(new CancelDeliveryCommand(DELIVERY_ID, null))
                .expectException(violated("delivery-out-for-delivery"));
    }

    private static DeliveryProofCodeRejectedEvent rejected(int attempts) {
        return new DeliveryProofCodeRejectedEvent(DELIVERY_ID, attempts, false);
    }

}
