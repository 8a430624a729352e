package com.opsledger.command.useraccount;

import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.useraccount.ReviseRolePermissionsCommand;
import com.opsledger.kernel.useraccount.RoleDefinedEvent;
import com.opsledger.kernel.useraccount.RolePermissionsChangedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;

class RoleTest {

    private FixtureConfiguration<Role> fixture;

    @BeforeEach
    void setUp() {
        fixture = aggregateFixture(Role.class, new InMemoryReferenceRegistry());
    }

    @Test
    void canGrantAndWithdrawSomePermissionsKeepingTheOthers() {
        fixture.given(new RoleDefinedEvent("staff", "Stock", Set.of("stock-items:*", "backorders:allocate")),
                        new RolePermissionsChangedEvent("staff", "Stock", Set.of("stock-items:*",
                                "backorders:allocate", "reports:read")))
                .when(new ReviseRolePermissionsCommand("staff", "Stock and orders", Set.of("orders:create"),
                        Set.of("backorders:allocate")))
                .expectEvents(new RolePermissionsChangedEvent("staff", "Stock and orders", Set.of("stock-items:*",
                        "reports:read", "orders:create")));
    }

    @Test
    void canLeaveARoleAloneThatHoldsTheRevisionAlready() {
        fixture.given(new RoleDefinedEvent("staff", "Stock and orders", Set.of("orders:create")))
                .when(new ReviseRolePermissionsCommand("staff", "Stock and orders", Set.of("orders:create"),
                        Set.of("backorders:allocate")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotReviseTheAdminRole() {
        fixture.given(new RoleDefinedEvent("admin", "Everything", Set.of("*")))
                .when(new ReviseRolePermissionsCommand("admin", "Everything", Set.of(), Set.of("*")))
                .expectException(BusinessRuleViolationException.class)
                .expectNoEvents();
    }
}
