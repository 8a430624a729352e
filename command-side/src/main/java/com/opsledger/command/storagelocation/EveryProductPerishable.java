package com.opsledger.command.storagelocation;

import org.springframework.stereotype.Component;

/**
 * Products say nothing of spoiling yet: every batch kept where an excursion happened is checked, the safe side for
 * goods stored cold.
 */
@Component
class EveryProductPerishable implements PerishableProducts {

    @Override
    public boolean perishable(String productId) {
        return true;
    }
}
