package com.opsledger.command.stockitem;

import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.AdjustStockCommand;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.IssueReservationCommand;
import com.opsledger.kernel.stockitem.Lot;
import com.opsledger.kernel.stockitem.QuarantineStockCommand;
import com.opsledger.kernel.stockitem.ReceiveStockCommand;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import com.opsledger.kernel.stockitem.ReleaseStockFromQuarantineCommand;
import com.opsledger.kernel.stockitem.ReservationIssuedEvent;
import com.opsledger.kernel.stockitem.ReservationReleasedEvent;
import com.opsledger.kernel.stockitem.ReserveStockCommand;
import com.opsledger.kernel.stockitem.StockAdjustedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockQuarantinedEvent;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import com.opsledger.kernel.stockitem.StockReleasedFromQuarantineEvent;
import com.opsledger.kernel.stockitem.StockReservedEvent;
import com.opsledger.kernel.stockitem.StockWrittenOffEvent;
import com.opsledger.kernel.stockitem.WriteOffStockCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.hamcrest.StringDescription;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static com.opsledger.command.StockFixtures.KG;
import static com.opsledger.command.StockFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.StockFixtures.stockItemOpened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random sequences of stock commands, each run through the fixture against the events so far. A small model of a
 * stock item says which event or refusal each command must give; after every step the aggregate must hold no
 * negative stock, no more reserved and quarantined than on hand, no more held of a batch than it holds, and batches
 * that add up to on hand.
 */
class StockItemInvariantsTest {

    private static final long SEED = 20_240_611L;
    private static final int SEQUENCES = 200;
    private static final int STEPS = 25;

    private static final String[] BATCHES = {null, "A", "B", "C"};
    private static final String[] CHECKS = {"qc-1", "qc-2", "qc-3"};
    private static final Map<String, LocalDate> USUAL_EXPIRY = new LinkedHashMap<>();

    static {
        USUAL_EXPIRY.put("A", LocalDate.of(2026, 1, 31));
        USUAL_EXPIRY.put("B", LocalDate.of(2026, 2, 28));
        USUAL_EXPIRY.put("C", null);
    }

    private AggregateTestFixture<StockItem> fixture = fixture();

    /** No product has a value here, so no write-off waits for approval. */
    private static AggregateTestFixture<StockItem> fixture() {
        AggregateTestFixture<StockItem> fixture = new AggregateTestFixture<>(StockItem.class);
        fixture.registerInjectableResource((com.opsledger.command.lookup.UnitValues) productId
                -> java.util.Optional.empty());
        fixture.registerInjectableResource(new WriteOffApproval(com.opsledger.kernel.common.Money.of(
                java.math.BigDecimal.ONE, "EUR")));
        fixture.registerInjectableResource(new com.opsledger.command.InMemoryProductFacts());
        return fixture;
    }

    @Test
    void canRunRandomCommandSequencesKeepingStockConsistent() {
        Random seeds = new Random(SEED);
        Set<String> outcomesSeen = new TreeSet<>();
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            long seed = seeds.nextLong();
            Random random = new Random(seed);
            Model model = new Model();
            List<Object> history = new ArrayList<>(List.of(stockItemOpened()));
            for (int step = 0; step < STEPS; step++) {
                Object command = model.randomCommand(random);
                Outcome expected = model.expect(command);
                try {
                    play(history, command, expected, model);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("sequence seed " + seed + ", step " + step + ": " + command
                            + "\nafter " + history, e);
                }
                outcomesSeen.add(expected.toString());
                if (expected.event() != null && expected.event() != Outcome.NOTHING) {
                    history.add(expected.event());
                    model.apply(expected.event());
                }
            }
        }
        // a rule the random commands never reach is a rule this test does not check
        assertEquals(new TreeSet<>(List.of(
                "StockReceivedEvent", "StockReservedEvent", "ReservationReleasedEvent", "ReservationIssuedEvent",
                "StockAdjustedEvent", "StockWrittenOffEvent", "StockQuarantinedEvent",
                "StockReleasedFromQuarantineEvent", "nothing",
                "BusinessRuleViolationException with rule \"already-quarantined\"",
                "BusinessRuleViolationException with rule \"nothing-to-quarantine\"",
                "InvalidValueException with field \"quantity\"", "InvalidValueException with field \"reason\"",
                "InvalidValueException with field \"reference\"", "InvalidValueException with field \"expiryDate\"",
                "BusinessRuleViolationException with rule \"insufficient-stock\"",
                "BusinessRuleViolationException with rule \"insufficient-batch-stock\"",
                "BusinessRuleViolationException with rule \"batch-expiry-mismatch\"",
                "BusinessRuleViolationException with rule \"reservation-closed\"",
                "NotFoundException with resource \"reservation\"", "NotFoundException with resource \"batch\"")),
                outcomesSeen);
    }

    private void play(List<Object> history, Object command, Outcome expected, Model model) {
        if (expected.event() == null) {
            fixture.given(history).when(command).expectException(expected.refusal()).expectNoEvents();
            // once a command was refused, a fixture no longer shows aggregate state, even after a new given
            fixture = fixture();
            return;
        }
        if (expected.event() == Outcome.NOTHING) {
            fixture.given(history).when(command).expectNoEvents().expectState(item -> assertConsistent(item, model));
            return;
        }
        Model after = model.copy();
        after.apply(expected.event());
        fixture.given(history).when(command)
                .expectEvents(expected.event())
                .expectState(item -> assertConsistent(item, after));
    }

    private static void assertConsistent(StockItem item, Model model) {
        Quantity onHand = (Quantity) read(item, "onHand");
        Quantity reserved = (Quantity) read(item, "reserved");
        List<BatchQuantity> held = ((Batches) read(item, "batches")).held();

        assertFalse(onHand.isNegative(), "on hand " + onHand);
        assertFalse(reserved.isNegative(), "reserved " + reserved);
        assertFalse(reserved.isGreaterThan(onHand), "reserved " + reserved + " above on hand " + onHand);
        Quantity batchTotal = Quantity.zero(KG);
        for (BatchQuantity batch : held) {
            assertTrue(batch.quantity().isPositive(), "batch " + batch);
            batchTotal = batchTotal.plus(batch.quantity());
        }
        assertEquals(onHand, batchTotal, "sum of batches " + held);
        assertEquals(kg(model.onHand), onHand);
        assertEquals(kg(model.reserved), reserved);
        BigDecimal quarantined = model.quarantined();
        assertEquals(kg(quarantined), ((Quarantine) read(item, "quarantine")).total(Quantity.zero(KG)));
        assertFalse(reserved.plus(kg(quarantined)).isGreaterThan(onHand),
                "reserved " + reserved + " and quarantined " + quarantined + " above on hand " + onHand);
        for (BatchQuantity batch : held) {
            assertFalse(kg(model.heldIn(batch.batch())).isGreaterThan(batch.quantity()),
                    "held of batch " + batch + ": " + model.heldIn(batch.batch()));
        }
    }

    private static Object read(StockItem item, String fieldName) {
        try {
            Field field = StockItem.class.getDeclaredField(fieldName);
            field.setAccessible(true);
            return field.get(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Quantity kg(BigDecimal amount) {
        return Quantity.of(amount, KG);
    }

    /** Either the one event a command must give or a matcher of the exception that refuses it. */
    private record Outcome(Object event, Matcher<Object> refusal) {

        /** A command accepted without an event: a release of a check that holds nothing. */
        static final Object NOTHING = new Object() {
            @Override
            public String toString() {
                return "nothing";
            }
        };

        static Outcome accepted(Object event) {
            return new Outcome(event, null);
        }

        static Outcome refused(Matcher<Object> refusal) {
            return new Outcome(null, refusal);
        }

        @Override
        public String toString() {
            if (event == NOTHING) {
                return "nothing";
            }
            return event != null ? event.getClass().getSimpleName() : StringDescription.toString(refusal);
        }
    }

    private record Batch(String name, LocalDate expiry, BigDecimal quantity) {
    }

    private record Reservation(BigDecimal quantity, String reference) {
    }

    private record Hold(String batch, BigDecimal quantity) {
    }

    /** What a stock item holds, kept in plain BigDecimals, and what it must answer to each command. */
    private static final class Model {

        private static final Comparator<Batch> FIRST_EXPIRY_FIRST_OUT = Comparator
                .comparing(Batch::expiry, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Batch::name, Comparator.nullsLast(Comparator.naturalOrder()));

        private BigDecimal onHand = BigDecimal.ZERO;
        private BigDecimal reserved = BigDecimal.ZERO;
        private Map<String, Batch> batches = new LinkedHashMap<>();
        private Map<String, Reservation> open = new LinkedHashMap<>();
        private Map<String, String> closed = new LinkedHashMap<>();
        private Map<String, Hold> holds = new LinkedHashMap<>();
        private int reservationsMade;

        Model copy() {
            Model copy = new Model();
            copy.onHand = onHand;
            copy.reserved = reserved;
            copy.batches = new LinkedHashMap<>(batches);
            copy.open = new LinkedHashMap<>(open);
            copy.closed = new LinkedHashMap<>(closed);
            copy.holds = new LinkedHashMap<>(holds);
            copy.reservationsMade = reservationsMade;
            return copy;
        }

        private BigDecimal available() {
            return onHand.subtract(reserved).subtract(quarantined());
        }

        BigDecimal quarantined() {
            return holds.values().stream().map(Hold::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal heldIn(String batch) {
            return holds.values().stream().filter(h -> Objects.equals(h.batch(), batch)).map(Hold::quantity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        Object randomCommand(Random random) {
            int kind = random.nextInt(100);
            if (kind < 25) {
                String batch = BATCHES[random.nextInt(BATCHES.length)];
                LocalDate expiry = batch == null ? null : USUAL_EXPIRY.get(batch);
                if (random.nextInt(10) == 0) {
                    expiry = LocalDate.of(2026, 1 + random.nextInt(12), 1);
                }
                return new ReceiveStockCommand(STOCK_ITEM_ID, amount(random, new BigDecimal("20")), batch, expiry,
                        null);
            }
            if (kind < 42) {
                String reservationId = "r-" + reservationsMade++;
                String reference = random.nextInt(30) == 0 ? " " : "SO-" + random.nextInt(1000);
                return new ReserveStockCommand(STOCK_ITEM_ID, reservationId, amount(random, fraction(available())),
                        reference, null);
            }
            if (kind < 52) {
                return new ReleaseReservationCommand(STOCK_ITEM_ID, someReservation(random), null);
            }
            if (kind < 62) {
                return new IssueReservationCommand(STOCK_ITEM_ID, someReservation(random), null);
            }
            if (kind < 74) {
                String check = CHECKS[random.nextInt(CHECKS.length)];
                if (random.nextInt(3) == 0) {
                    return new ReleaseStockFromQuarantineCommand(STOCK_ITEM_ID, check);
                }
                String batch = BATCHES[random.nextInt(BATCHES.length)];
                BigDecimal quantity = random.nextBoolean() ? null : amount(random, fraction(available()));
                return new QuarantineStockCommand(STOCK_ITEM_ID, check, batch, quantity, "inspect");
            }
            String batch = random.nextBoolean() ? null : BATCHES[random.nextInt(BATCHES.length)];
            String reason = random.nextInt(30) == 0 ? "" : "count " + random.nextInt(100);
            if (kind < 87) {
                BigDecimal amount = random.nextBoolean() ? amount(random, new BigDecimal("5"))
                        : amount(random, fraction(available())).negate();
                return new AdjustStockCommand(STOCK_ITEM_ID, amount, reason, batch, null);
            }
            return new WriteOffStockCommand(STOCK_ITEM_ID, amount(random, fraction(available())), reason, batch,
                    null);
        }

        /** Mostly up to a quarter more than {@code limit}, now and then zero, negative or too precise. */
        private static BigDecimal amount(Random random, BigDecimal limit) {
            int odd = random.nextInt(40);
            if (odd == 0) {
                return BigDecimal.ZERO;
            }
            if (odd == 1) {
                return new BigDecimal("-1.5");
            }
            if (odd == 2) {
                return new BigDecimal("0.0005");
            }
            int thousandths = limit.movePointRight(3).intValueExact();
            return BigDecimal.valueOf(1 + random.nextInt(Math.max(1, thousandths)), 3);
        }

        private static BigDecimal fraction(BigDecimal available) {
            return available.multiply(new BigDecimal("1.25")).setScale(3, java.math.RoundingMode.DOWN)
                    .max(new BigDecimal("0.5"));
        }

        private String someReservation(Random random) {
            int pick = random.nextInt(10);
            if (pick < 7 && !open.isEmpty()) {
                return new ArrayList<>(open.keySet()).get(random.nextInt(open.size()));
            }
            if (pick < 9 && !closed.isEmpty()) {
                return new ArrayList<>(closed.keySet()).get(random.nextInt(closed.size()));
            }
            return "r-unknown-" + random.nextInt(1000);
        }

        Outcome expect(Object command) {
            try {
                return Outcome.accepted(eventFor(command));
            } catch (Refused refused) {
                return Outcome.refused(refused.matcher);
            }
        }

        private Object eventFor(Object command) {
            if (command instanceof QuarantineStockCommand hold) {
                Batch batch = batches.get(hold.batch());
                if (batch == null) {
                    throw new Refused(notFound("batch"));
                }
                BigDecimal wanted = hold.quantity() == null ? null : positive(hold.quantity());
                if (holds.containsKey(hold.qualityCheckId())) {
                    throw new Refused(violated("already-quarantined"));
                }
                BigDecimal free = batch.quantity().subtract(heldIn(hold.batch()));
                BigDecimal quantity = wanted == null ? free.min(available()) : wanted;
                if (quantity.signum() <= 0) {
                    throw new Refused(violated("nothing-to-quarantine"));
                }
                if (quantity.compareTo(free) > 0 || quantity.compareTo(available()) > 0) {
                    throw new Refused(violated("insufficient-stock"));
                }
                return new StockQuarantinedEvent(STOCK_ITEM_ID, hold.qualityCheckId(), hold.batch(), kg(quantity),
                        hold.reason(), new StockLevels(kg(onHand), kg(reserved), kg(quarantined().add(quantity))));
            }
            if (command instanceof ReleaseStockFromQuarantineCommand release) {
                Hold hold = holds.get(release.qualityCheckId());
                if (hold == null) {
                    return Outcome.NOTHING;
                }
                return new StockReleasedFromQuarantineEvent(STOCK_ITEM_ID, release.qualityCheckId(), hold.batch(),
                        kg(hold.quantity()), new StockLevels(kg(onHand), kg(reserved),
                        kg(quarantined().subtract(hold.quantity()))));
            }
            if (command instanceof ReceiveStockCommand receive) {
                BigDecimal quantity = positive(receive.quantity());
                if (receive.expiryDate() != null && receive.batch() == null) {
                    throw new Refused(invalid("expiryDate"));
                }
                Batch held = receive.batch() == null ? null : batches.get(receive.batch());
                if (held != null && !Objects.equals(held.expiry(), receive.expiryDate())) {
                    throw new Refused(violated("batch-expiry-mismatch"));
                }
                return new StockReceivedEvent(STOCK_ITEM_ID, kg(quantity), Lot.of(receive.batch(), receive.expiryDate()),
                        levels(onHand.add(quantity), reserved));
            }
            if (command instanceof ReserveStockCommand reserve) {
                BigDecimal quantity = positive(reserve.quantity());
                if (reserve.reference().isBlank()) {
                    throw new Refused(invalid("reference"));
                }
                requireAvailable(quantity);
                return new StockReservedEvent(STOCK_ITEM_ID, reserve.reservationId(), kg(quantity),
                        reserve.reference(), levels(onHand, reserved.add(quantity)));
            }
            if (command instanceof ReleaseReservationCommand release) {
                Reservation reservation = openReservation(release.reservationId());
                return new ReservationReleasedEvent(STOCK_ITEM_ID, release.reservationId(), kg(reservation.quantity()),
                        reservation.reference(), levels(onHand, reserved.subtract(reservation.quantity())));
            }
            if (command instanceof IssueReservationCommand issue) {
                Reservation reservation = openReservation(issue.reservationId());
                return new ReservationIssuedEvent(STOCK_ITEM_ID, issue.reservationId(), kg(reservation.quantity()),
                        reservation.reference(), pick(reservation.quantity(), null),
                        levels(onHand.subtract(reservation.quantity()), reserved.subtract(reservation.quantity())));
            }
            if (command instanceof AdjustStockCommand adjust) {
                BigDecimal quantity = precise(adjust.quantity());
                if (quantity.signum() == 0) {
                    throw new Refused(invalid("quantity"));
                }
                String reason = reason(adjust.reason());
                List<BatchQuantity> changed;
                if (quantity.signum() > 0) {
                    Batch held = adjust.batch() == null ? null : batches.get(adjust.batch());
                    changed = List.of(new BatchQuantity(adjust.batch(), held == null ? null : held.expiry(),
                            kg(quantity)));
                } else {
                    requireAvailable(quantity.negate());
                    changed = pick(quantity.negate(), adjust.batch()).stream()
                            .map(b -> new BatchQuantity(b.batch(), b.expiryDate(), b.quantity().negate())).toList();
                }
                return new StockAdjustedEvent(STOCK_ITEM_ID, kg(quantity), reason, changed,
                        levels(onHand.add(quantity), reserved));
            }
            WriteOffStockCommand writeOff = (WriteOffStockCommand) command;
            BigDecimal quantity = positive(writeOff.quantity());
            String reason = reason(writeOff.reason());
            requireAvailable(quantity);
            return new StockWrittenOffEvent(STOCK_ITEM_ID, kg(quantity), reason, pick(quantity, writeOff.batch()),
                    levels(onHand.subtract(quantity), reserved));
        }

        private static BigDecimal precise(BigDecimal amount) {
            if (amount.stripTrailingZeros().scale() > Quantity.MAX_SCALE) {
                throw new Refused(invalid("quantity"));
            }
            return amount;
        }

        private static BigDecimal positive(BigDecimal amount) {
            if (precise(amount).signum() <= 0) {
                throw new Refused(invalid("quantity"));
            }
            return amount;
        }

        private static String reason(String reason) {
            if (reason.isBlank()) {
                throw new Refused(invalid("reason"));
            }
            return reason;
        }

        private void requireAvailable(BigDecimal quantity) {
            if (quantity.compareTo(available()) > 0) {
                throw new Refused(violated("insufficient-stock"));
            }
        }

        private Reservation openReservation(String reservationId) {
            if (open.containsKey(reservationId)) {
                return open.get(reservationId);
            }
            throw new Refused(closed.containsKey(reservationId) ? violated("reservation-closed")
                    : notFound("reservation"));
        }

        /** Only what no hold keeps: a batch held whole is not there to take from. */
        private Map<String, Batch> free() {
            Map<String, Batch> free = new LinkedHashMap<>();
            batches.forEach((name, b) -> {
                BigDecimal left = b.quantity().subtract(heldIn(b.name()));
                if (left.signum() != 0) {
                    free.put(name, new Batch(b.name(), b.expiry(), left));
                }
            });
            return free;
        }

        private List<BatchQuantity> pick(BigDecimal quantity, String batch) {
            Map<String, Batch> batches = free();
            List<Batch> candidates;
            if (batch != null) {
                Batch named = batches.get(batch);
                if (named == null) {
                    throw new Refused(notFound("batch"));
                }
                if (quantity.compareTo(named.quantity()) > 0) {
                    throw new Refused(violated("insufficient-batch-stock"));
                }
                candidates = List.of(named);
            } else {
                candidates = batches.values().stream().sorted(FIRST_EXPIRY_FIRST_OUT).toList();
            }
            List<BatchQuantity> taken = new ArrayList<>();
            BigDecimal left = quantity;
            for (Batch candidate : candidates) {
                if (left.signum() == 0) {
                    break;
                }
                BigDecimal part = left.min(candidate.quantity());
                taken.add(new BatchQuantity(candidate.name(), candidate.expiry(), kg(part)));
                left = left.subtract(part);
            }
            assertEquals(0, left.signum(), "the model's batches hold less than its on-hand stock");
            return taken;
        }

        void apply(Object event) {
            if (event instanceof StockQuarantinedEvent held) {
                holds.put(held.qualityCheckId(), new Hold(held.batch(), held.quantity().amount()));
            } else if (event instanceof StockReleasedFromQuarantineEvent released) {
                holds.remove(released.qualityCheckId());
            } else if (event instanceof StockReceivedEvent received) {
                change(received.batch(), received.expiryDate(), received.quantity().amount());
                levels(received.levels());
            } else if (event instanceof StockReservedEvent reservedEvent) {
                open.put(reservedEvent.reservationId(),
                        new Reservation(reservedEvent.quantity().amount(), reservedEvent.reference()));
                levels(reservedEvent.levels());
            } else if (event instanceof ReservationReleasedEvent released) {
                open.remove(released.reservationId());
                closed.put(released.reservationId(), "released");
                levels(released.levels());
            } else if (event instanceof ReservationIssuedEvent issued) {
                open.remove(issued.reservationId());
                closed.put(issued.reservationId(), "issued");
                issued.batches().forEach(b -> change(b.batch(), b.expiryDate(), b.quantity().amount().negate()));
                levels(issued.levels());
            } else if (event instanceof StockAdjustedEvent adjusted) {
                adjusted.batches().forEach(b -> change(b.batch(), b.expiryDate(), b.quantity().amount()));
                levels(adjusted.levels());
            } else if (event instanceof StockWrittenOffEvent writtenOff) {
                writtenOff.batches().forEach(b -> change(b.batch(), b.expiryDate(), b.quantity().amount().negate()));
                levels(writtenOff.levels());
            }
        }

        private void change(String name, LocalDate expiry, BigDecimal delta) {
            Batch held = batches.get(name);
            BigDecimal quantity = held == null ? delta : held.quantity().add(delta);
            if (quantity.signum() == 0) {
                batches.remove(name);
            } else {
                batches.put(name, new Batch(name, held == null ? expiry : held.expiry(), quantity));
            }
        }

        private void levels(StockLevels levels) {
            onHand = levels.onHand().amount();
            reserved = levels.reserved().amount();
        }

        /** The levels an event leaves, with what the holds keep before it. */
        private StockLevels levels(BigDecimal onHand, BigDecimal reserved) {
            return new StockLevels(kg(onHand), kg(reserved), kg(quarantined()));
        }
    }

    private static final class Refused extends RuntimeException {

        private final transient Matcher<Object> matcher;

        Refused(Matcher<Object> matcher) {
            super(null, null, false, false);
            this.matcher = matcher;
        }
    }
}
