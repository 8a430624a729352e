package com.opsledger.command.catalog;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.Quantity;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** What makes a product's fields acceptable. */
final class ProductRules {

    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    static final int MAX_LEAD_TIME_DAYS = 3650;
    static final int MAX_CATEGORY_LENGTH = 100;

    private ProductRules() {
    }

    static void requireSku(String sku) {
        if (sku == null || !SKU.matcher(sku).matches()) {
            throw new InvalidValueException("sku", "must be 1 to 64 letters, digits or . _ / - and start with a letter or digit");
        }
    }

    static void requireName(String name) {
        FreeText.required("name", name, 200);
    }

    static Quantity reorderPoint(BigDecimal reorderPoint, String unit) {
        if (reorderPoint == null || reorderPoint.signum() < 0) {
            throw new InvalidValueException("reorderPoint", "must be zero or more");
        }
        if (reorderPoint.stripTrailingZeros().scale() > Quantity.MAX_SCALE) {
            throw new InvalidValueException("reorderPoint", "has more than " + Quantity.MAX_SCALE + " decimal places");
        }
        return Quantity.of(reorderPoint, unit);
    }

    static void requireLeadTime(int days) {
        if (days < 0 || days > MAX_LEAD_TIME_DAYS) {
            throw new InvalidValueException("leadTimeDays", "must be between 0 and " + MAX_LEAD_TIME_DAYS);
        }
    }

    static String description(String description) {
        if (description != null && description.length() > 2000) {
            throw new InvalidValueException("description", "must be at most 2000 characters");
        }
        return FreeText.orNull(description);
    }

    /** Free text, trimmed; blank or null leaves the product uncategorised. */
    static String category(String category) {
        return FreeText.optional("category", category, MAX_CATEGORY_LENGTH);
    }
}
