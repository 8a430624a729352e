package com.opsledger.command.lookup;

/**
 * The processing groups of the lookups aggregates decide from. Both run subscribed, in the transaction of the command
 * whose events they follow, so the next command sees what the last one did.
 */
public final class LookupGroups {

    /** What customer orders and backorders decide from. */
    public static final String ORDERS = "order-lookups";
    /** What invoices are matched against, and the drafts replenishment gathers lines in. */
    public static final String PROCUREMENT = "procurement-lookups";
    /** What deliveries decide from: an order's reserved goods on no active delivery, customers' proof settings. */
    public static final String DELIVERIES = "delivery-lookups";

    private LookupGroups() {
    }
}
