package com.opsledger.kernel.replenishment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replenishment looks at the company's own warehouses before a supplier. A warehouse falls short of a product by what
 * its open backorders wait for less what is already coming: on order from suppliers (past drafting, not yet
 * delivered) and on the way by transfer (requested or dispatched, not yet received or lost). Another warehouse has
 * surplus of it by what it has available above its own needs: its reorder point and its own open backorders. The
 * shortfall is covered by transfers from the warehouses with the largest surplus first, each for at most its surplus;
 * only the rest is to be purchased. It only proposes: nothing is reserved until a person requests the transfer.
 */
public final class TransferFirstRule {

    private TransferFirstRule() {
    }

    /** What a warehouse still lacks for its open backorders; never below zero. */
    public static BigDecimal shortfall(BigDecimal openBackorders, BigDecimal onOrder, BigDecimal incoming) {
        return atLeastZero(orZero(openBackorders).subtract(orZero(onOrder)).subtract(orZero(incoming)));
    }

    /** What a warehouse has available above its reorder point and its own open backorders; never below zero. */
    public static BigDecimal surplus(BigDecimal available, BigDecimal reorderPoint, BigDecimal openBackorders) {
        return atLeastZero(orZero(available).subtract(orZero(reorderPoint)).subtract(orZero(openBackorders)));
    }

    /**
     * Splits {@code shortfall} at {@code toWarehouseId} into transfers from {@code sources} (the largest surplus first,
     * ties by warehouse id; the destination itself and sources without surplus are left out) and the purchase of what
     * they do not cover.
     */
    public static ReplenishmentSplit split(String toWarehouseId, BigDecimal shortfall, List<SurplusStock> sources) {
        BigDecimal rest = atLeastZero(orZero(shortfall));
        List<SurplusStock> candidates = new ArrayList<>(sources == null ? List.of() : sources);
        candidates.removeIf(s -> s == null || s.warehouseId() == null || s.warehouseId().equals(toWarehouseId)
                || s.surplus() == null || s.surplus().signum() <= 0);
        candidates.sort(Comparator.comparing(SurplusStock::surplus).reversed()
                .thenComparing(SurplusStock::warehouseId));
        List<ProposedTransfer> transfers = new ArrayList<>();
        for (SurplusStock source : candidates) {
            if (rest.signum() <= 0) {
                break;
            }
            BigDecimal quantity = source.surplus().min(rest);
            transfers.add(new ProposedTransfer(source.warehouseId(), quantity, source.available(), source.surplus()));
            rest = rest.subtract(quantity);
        }
        return new ReplenishmentSplit(atLeastZero(orZero(shortfall)), List.copyOf(transfers), rest);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal atLeastZero(BigDecimal value) {
        return value.signum() < 0 ? BigDecimal.ZERO : value;
    }
}
