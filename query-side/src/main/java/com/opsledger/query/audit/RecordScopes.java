package com.opsledger.query.audit;

import com.opsledger.kernel.access.Caller;

import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Who may see a record's past: a portal caller only the records of the customer or supplier they act for, and none
 * of another tenant kind's records; staff callers everything.
 */
public final class RecordScopes {

    private RecordScopes() {
    }

    /** A record owned by {@code customerId} (the customer itself, an order, a backorder). */
    public static boolean customerRecord(Caller caller, String customerId) {
        if (caller.actsForCustomer()) {
            return caller.customerId().equals(customerId);
        }
        return !caller.actsForSupplier() && !caller.actsAsDriver();
    }

    /** A record owned by {@code supplierId} (the supplier itself, a purchase order, an invoice). */
    public static boolean supplierRecord(Caller caller, String supplierId) {
        if (caller.actsForSupplier()) {
            return caller.supplierId().equals(supplierId);
        }
        return !caller.actsForCustomer() && !caller.actsAsDriver();
    }

    /** Records of type {@code S} owned by the customer {@code owner} names. */
    public static <S> BiPredicate<Caller, S> ofCustomer(Function<S, String> owner) {
        return (caller, state) -> customerRecord(caller, owner.apply(state));
    }

    /** Records of type {@code S} owned by the supplier {@code owner} names. */
    public static <S> BiPredicate<Caller, S> ofSupplier(Function<S, String> owner) {
        return (caller, state) -> supplierRecord(caller, owner.apply(state));
    }
}
