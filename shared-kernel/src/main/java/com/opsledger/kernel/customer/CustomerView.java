package com.opsledger.kernel.customer;

import com.opsledger.kernel.common.Versioned;

import java.time.Instant;
import java.util.List;

public record CustomerView(String id, String name, String email, String phone, String tier, List<Address> addresses,
                           String communicationPreference, long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
