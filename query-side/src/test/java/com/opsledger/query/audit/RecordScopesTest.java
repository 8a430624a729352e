package com.opsledger.query.audit;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.Scope;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A portal caller sees the past of their own customer's or supplier's records only; staff see everything. */
class RecordScopesTest {

    private static Caller caller(Scope scope) {
        return new Caller("u", "u", Set.of(), Set.of("audit:read"), null, null, null, scope);
    }

    @Test
    void canSeeOwnRecordsOnly() {
        Caller customer = caller(Scope.heldTo("c1", null, null));
        assertThat(RecordScopes.customerRecord(customer, "c1")).isTrue();
        assertThat(RecordScopes.customerRecord(customer, "c2")).isFalse();
        assertThat(RecordScopes.supplierRecord(customer, "s1")).isFalse();
        assertThat(RecordScopes.staffRecord(customer)).isFalse();

        Caller supplier = caller(Scope.heldTo(null, "s1", null));
        assertThat(RecordScopes.supplierRecord(supplier, "s1")).isTrue();
        assertThat(RecordScopes.supplierRecord(supplier, "s2")).isFalse();
        assertThat(RecordScopes.customerRecord(supplier, "c1")).isFalse();

        Caller driver = caller(Scope.heldTo(null, null, "d1"));
        assertThat(RecordScopes.customerRecord(driver, "c1")).isFalse();
        assertThat(RecordScopes.supplierRecord(driver, "s1")).isFalse();
    }

    @Test
    void cannotSeeAnythingWhenHeldWithoutALink() {
        Caller unlinked = caller(Scope.nothing());
        assertThat(RecordScopes.customerRecord(unlinked, "c1")).isFalse();
        assertThat(RecordScopes.customerRecord(unlinked, null)).isFalse();
        assertThat(RecordScopes.supplierRecord(unlinked, null)).isFalse();
        assertThat(unlinked.customerScope()).isEqualTo(Scope.NO_RECORD);
        assertThat(unlinked.supplierScope()).isEqualTo(Scope.NO_RECORD);
        assertThat(caller(null).isScoped()).as("no scope decided: nothing").isTrue();
    }

    @Test
    void canSeeEveryRecordAsStaff() {
        assertThat(RecordScopes.customerRecord(Caller.system(), "c1")).isTrue();
        assertThat(RecordScopes.supplierRecord(Caller.system(), "s1")).isTrue();
        Caller staff = caller(Scope.everything());
        assertThat(RecordScopes.customerRecord(staff, "c2")).isTrue();
        assertThat(RecordScopes.staffRecord(staff)).isTrue();
        assertThat(staff.customerScope()).isNull();
    }
}
