package com.opsledger.query.audit;

import com.opsledger.kernel.access.Caller;

import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Who may see a record's past, by the caller's {@link com.opsledger.kernel.access.Scope}: a held caller only the
 * records of the customer or supplier they are held to, and none of another kind; unrestricted callers everything.
 */
public final class RecordScopes {

    private RecordScopes() {
    }

    /** A record owned by {@code customerId} (the customer itself, an order, a backorder). */
    public static boolean customerRecord(Caller caller, String customerId) {
        return caller.maySeeCustomer(customerId);
    }

    /** A record owned by {@code supplierId} (the supplier itself, a purchase order, an invoice). */
    public static boolean supplierRecord(Caller caller, String supplierId) {
        return caller.maySeeSupplier(supplierId);
    }

    /** A record that belongs to no customer or supplier (reference data, stock): its past is for staff only. */
    public static boolean staffRecord(Caller caller) {
        return !caller.isScoped();
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
