package com.opsledger.kernel.customer;

/** A postal address; {@code line2} is optional. */
public record Address(String line1, String line2, String postalCode, String city, String country) {
}
