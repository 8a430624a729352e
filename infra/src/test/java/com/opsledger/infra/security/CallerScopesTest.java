package com.opsledger.infra.security;

import com.opsledger.kernel.access.Scope;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose records a caller sees follows from their roles and links together, and denies when in doubt. */
class CallerScopesTest {

    @Test
    void canSeeEverythingAsStaffWithoutALink() {
        assertThat(CallerScopes.of(Set.of("manager"), null, null, null)).isEqualTo(Scope.everything());
        assertThat(CallerScopes.of(Set.of("admin"), null, null, null).unrestricted()).isTrue();
    }

    @Test
    void canHoldAPortalUserToTheirLink() {
        assertThat(CallerScopes.of(Set.of("customer-portal"), "c1", null, null)).isEqualTo(Scope.heldTo("c1", null,
                null));
        assertThat(CallerScopes.of(Set.of("supplier-portal"), null, "s1", null)).isEqualTo(Scope.heldTo(null, "s1",
                null));
        assertThat(CallerScopes.of(Set.of("delivery-driver"), null, null, "d1").customerFilter())
                .isEqualTo(Scope.NO_RECORD);
    }

    @Test
    void cannotSeeAnythingWithAPortalRoleAndNoLink() {
        assertThat(CallerScopes.of(Set.of("customer-portal"), null, null, null)).isEqualTo(Scope.nothing());
        assertThat(CallerScopes.of(Set.of("warehouse-staff", "customer-portal"), null, null, null))
                .as("a portal role never widens a staff user's view").isEqualTo(Scope.nothing());
        assertThat(CallerScopes.of(Set.of("manager", "supplier-portal"), null, null, null).supplierFilter())
                .isEqualTo(Scope.NO_RECORD);
    }

    @Test
    void canHoldALinkedUserToTheLinkWhateverTheirRoles() {
        assertThat(CallerScopes.of(Set.of("manager"), "c1", null, null)).isEqualTo(Scope.heldTo("c1", null, null));
    }
}
