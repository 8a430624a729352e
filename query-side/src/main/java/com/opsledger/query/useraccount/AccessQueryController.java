package com.opsledger.query.useraccount;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.useraccount.FindUserQuery;
import com.opsledger.kernel.useraccount.ListRolesQuery;
import com.opsledger.kernel.useraccount.ListSecurityEventsQuery;
import com.opsledger.kernel.useraccount.ListSessionsQuery;
import com.opsledger.kernel.useraccount.ListUsersQuery;
import com.opsledger.kernel.useraccount.RoleListView;
import com.opsledger.kernel.useraccount.SecurityEventView;
import com.opsledger.kernel.useraccount.SessionView;
import com.opsledger.kernel.useraccount.UserId;
import com.opsledger.kernel.useraccount.UserView;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.FixedOrderPageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration: users")
public record AccessQueryController(Queries queries) {

    @RequiresPermission("users:read")
    @GetMapping("/users")
    @Operation(summary = "Users by username, optionally those whose username or name contains q")
    public PageView<UserView> users(@RequestParam(required = false) String q,
                                    @ParameterObject FixedOrderPageParameters paging) {
        return queries.page(new ListUsersQuery(q, paging.spec("username", false)));
    }

    @RequiresPermission("users:read")
    @GetMapping("/users/{id}")
    @Operation(summary = "One user with status (active, locked, disabled), roles and the party a portal user acts for")
    public UserView user(@PathVariable UserId id) {
        return queries.one(new FindUserQuery(id.value()), UserView.class, "user", id.value());
    }

    @RequiresPermission("roles:read")
    @GetMapping("/roles")
    @Operation(summary = "Every role with its permissions")
    public RoleListView roles(@RequestParam(required = false) String prefix) {
        return queries.ask(new ListRolesQuery(prefix), RoleListView.class);
    }

    @RequiresPermission("sessions:read")
    @GetMapping("/sessions")
    @Operation(summary = "Sessions, newest first, of one user or of all; active=true for those still usable")
    public PageView<SessionView> sessions(@RequestParam(required = false) UserId userId,
                                          @RequestParam(required = false) Boolean active,
                                          @ParameterObject FixedOrderPageParameters paging) {
        return queries.page(new ListSessionsQuery(value(userId),
                Boolean.TRUE.equals(active), paging.spec("createdAt", true)));
    }

    @RequiresPermission("security-events:read")
    @GetMapping("/security-events")
    @Operation(summary = "Sign-ins, failures, lockouts, password and role changes, second factor and token reuse, "
            + "newest first; filter by userId and type")
    public PageView<SecurityEventView> securityEvents(@RequestParam(required = false) UserId userId,
                                                      @RequestParam(required = false) String type,
                                                      @ParameterObject FixedOrderPageParameters paging) {
        return queries.page(new ListSecurityEventsQuery(value(userId),
                type, paging.spec("position", true)));
    }
}
