package com.opsledger.kernel.transfer;

/** Where a transfer stands, as the API spells it. */
public final class TransferStatus {

    public static final String REQUESTED = "requested";
    public static final String IN_TRANSIT = "in-transit";
    public static final String PARTIALLY_RECEIVED = "partially-received";
    public static final String RECEIVED = "received";
    /** Closed with a discrepancy: what did not arrive was recorded as a loss. */
    public static final String CLOSED = "closed";
    public static final String CANCELLED = "cancelled";

    private TransferStatus() {
    }
}
