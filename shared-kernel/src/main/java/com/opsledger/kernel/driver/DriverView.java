package com.opsledger.kernel.driver;

import java.time.Instant;
import java.time.LocalDate;

public record DriverView(String id, String name, String phone, String licenceNumber, LocalDate licenceExpiry,
                         long version, Instant createdAt, Instant updatedAt) {
}
