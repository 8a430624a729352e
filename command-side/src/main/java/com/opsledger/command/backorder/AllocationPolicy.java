package com.opsledger.command.backorder;

import com.opsledger.kernel.common.Quantity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Who gets stock that becomes available, among the open backorders of a product in a warehouse: the highest
 * priority first, then the earliest SLA due date, then the oldest order; each takes what it still awaits, the
 * last one served takes what is left.
 */
public final class AllocationPolicy {

    /** An open backorder's claim on arriving stock. */
    public record Claim(String backorderId, int priority, Instant slaDueDate, Instant orderPlacedAt,
                        Quantity remaining) {

        Claim reduced(Quantity allocated) {
            return new Claim(backorderId, priority, slaDueDate, orderPlacedAt, remaining.minus(allocated));
        }

        Claim withRemaining(Quantity atMost) {
            return new Claim(backorderId, priority, slaDueDate, orderPlacedAt, remaining.min(atMost));
        }

        Claim withPriority(int newPriority) {
            return new Claim(backorderId, newPriority, slaDueDate, orderPlacedAt, remaining);
        }
    }

    public record Allotment(String backorderId, Quantity quantity) {
    }

    public static final Comparator<Claim> ORDER = Comparator.comparingInt(Claim::priority).reversed()
            .thenComparing(Claim::slaDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Claim::orderPlacedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Claim::backorderId);

    private AllocationPolicy() {
    }

    /** How {@code available} is shared among {@code claims}; claims that await nothing are passed over. */
    public static List<Allotment> allot(Collection<Claim> claims, Quantity available) {
        List<Allotment> allotments = new ArrayList<>();
        Quantity left = available;
        for (Claim claim : claims.stream().sorted(ORDER).toList()) {
            if (!left.isPositive()) {
                break;
            }
            if (!claim.remaining().isPositive()) {
                continue;
            }
            Quantity part = claim.remaining().min(left);
            allotments.add(new Allotment(claim.backorderId(), part));
            left = left.minus(part);
        }
        return allotments;
    }
}
