package com.opsledger.query.audit;

import com.opsledger.kernel.access.Caller;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A portal caller sees the past of their own customer's or supplier's records only; staff see everything. */
class RecordScopesTest {

    private static Caller caller(String customerId, String supplierId, String driverId) {
        return new Caller("u", "u", Set.of(), Set.of("audit:read"), customerId, supplierId, driverId);
    }

    @Test
    void canSeeOwnRecordsOnly() {
        Caller customer = caller("c1", null, null);
        assertThat(RecordScopes.customerRecord(customer, "c1")).isTrue();
        assertThat(RecordScopes.customerRecord(customer, "c2")).isFalse();
        assertThat(RecordScopes.supplierRecord(customer, "s1")).isFalse();

        Caller supplier = caller(null, "s1", null);
        assertThat(RecordScopes.supplierRecord(supplier, "s1")).isTrue();
        assertThat(RecordScopes.supplierRecord(supplier, "s2")).isFalse();
        assertThat(RecordScopes.customerRecord(supplier, "c1")).isFalse();

        Caller driver = caller(null, null, "d1");
        assertThat(RecordScopes.customerRecord(driver, "c1")).isFalse();
        assertThat(RecordScopes.supplierRecord(driver, "s1")).isFalse();
    }

    @Test
    void canSeeEveryRecordAsStaff() {
        assertThat(RecordScopes.customerRecord(Caller.system(), "c1")).isTrue();
        assertThat(RecordScopes.supplierRecord(Caller.system(), "s1")).isTrue();
        assertThat(RecordScopes.customerRecord(caller(null, null, null), "c2")).isTrue();
    }
}
