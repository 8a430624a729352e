package com.opsledger.infra.security;

import com.opsledger.kernel.access.PortalRoles;
import com.opsledger.kernel.access.Scope;

import java.util.Set;

/**
 * The one decision of whose records a caller sees, from their roles and their links together, deny by default.
 * A caller holding a portal role (customer portal, supplier portal, delivery driver) is held to the customer,
 * supplier or driver they are linked to, and sees nothing when linked to none; that holds when they also have staff
 * roles, for a portal role given to a staff user must never widen what it shows. A caller linked to a party is held
 * to it whatever their roles. Only a caller with no portal role and no link sees every record.
 */
final class CallerScopes {

    private CallerScopes() {
    }

    static Scope of(Set<String> roles, String customerId, String supplierId, String driverId) {
        boolean portal = roles.stream().anyMatch(PortalRoles.ALL::contains);
        boolean linked = customerId != null || supplierId != null || driverId != null;
        return portal || linked ? Scope.heldTo(customerId, supplierId, driverId) : Scope.everything();
    }
}
