package com.opsledger.kernel.supplier;

/** When a supplier's invoice falls due, counted in days from the invoice date. */
public enum PaymentTerms {
    NET_15(15), NET_30(30), NET_45(45), NET_60(60);

    private final int days;

    PaymentTerms(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}
