package com.opsledger.kernel.access;

/**
 * Whose records a caller may read and act on, decided once per caller and deny by default: either every record
 * (staff), or only the records of the customer, supplier or driver the caller is linked to, and none of a kind it is
 * not linked to. A held scope with no link at all sees nothing.
 */
public record Scope(boolean unrestricted, String customerId, String supplierId, String driverId) {

    /** An id no record has (ids are UUIDs): a filter on it matches nothing, which is what a held scope lacks. */
    public static final String NO_RECORD = "none";

    private static final Scope EVERYTHING = new Scope(true, null, null, null);

    public Scope {
        if (unrestricted && (customerId != null || supplierId != null || driverId != null)) {
            throw new IllegalArgumentException("an unrestricted scope has no links");
        }
    }

    /** Every record: staff and the application itself. */
    public static Scope everything() {
        return EVERYTHING;
    }

    /** Only the records of these links; a null link means none of that kind. */
    public static Scope heldTo(String customerId, String supplierId, String driverId) {
        return new Scope(false, customerId, supplierId, driverId);
    }

    /** No record at all. */
    public static Scope nothing() {
        return heldTo(null, null, null);
    }

    /** The customer a filter must match: null for no filter, {@link #NO_RECORD} when no customer is in scope. */
    public String customerFilter() {
        return unrestricted ? null : orNone(customerId);
    }

    /** The supplier a filter must match: null for no filter, {@link #NO_RECORD} when no supplier is in scope. */
    public String supplierFilter() {
        return unrestricted ? null : orNone(supplierId);
    }

    /** The driver a filter must match: null for no filter, {@link #NO_RECORD} when no driver is in scope. */
    public String driverFilter() {
        return unrestricted ? null : orNone(driverId);
    }

    public boolean seesCustomer(String owner) {
        return unrestricted || (customerId != null && customerId.equals(owner));
    }

    public boolean seesSupplier(String owner) {
        return unrestricted || (supplierId != null && supplierId.equals(owner));
    }

    public boolean seesDriver(String owner) {
        return unrestricted || (driverId != null && driverId.equals(owner));
    }

    private static String orNone(String link) {
        return link == null ? NO_RECORD : link;
    }
}
