package com.opsledger.command.storagelocation;

/** Whether a product spoils: only perishable stock is checked after an excursion. */
public interface PerishableProducts {

    boolean perishable(String productId);
}
