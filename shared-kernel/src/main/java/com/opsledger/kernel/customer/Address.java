package com.opsledger.kernel.customer;

import java.math.BigDecimal;

/** A postal address; {@code line2} and the coordinates (decimal degrees, both or neither) are optional. */
public record Address(String line1, String line2, String postalCode, String city, String country,
                      BigDecimal latitude, BigDecimal longitude) {

    public Address(String line1, String line2, String postalCode, String city, String country) {
        this(line1, line2, postalCode, city, country, null, null);
    }
}
