package com.opsledger.command.useraccount;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.useraccount.ChangeRolePermissionsCommand;
import com.opsledger.kernel.useraccount.DefineRoleCommand;
import com.opsledger.kernel.useraccount.RoleDefinedEvent;
import com.opsledger.kernel.useraccount.ReviseRolePermissionsCommand;
import com.opsledger.kernel.useraccount.RolePermissionsChangedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A named set of permissions ({@code resource:action}, with {@code *} for any part) that users are given. */
@Aggregate
public class Role {

    public static final String ADMIN = "admin";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern PERMISSION = Pattern.compile("\\*|(\\*|[a-z][a-z-]{0,39}):(\\*|[a-z][a-z-]{0,39})");

    @AggregateIdentifier
    private String name;
    private String description;
    private Set<String> permissions;

    protected Role() {
    }

    @CommandHandler
    public Role(DefineRoleCommand command, ReferenceRegistry registry) {
        if (command.name() == null || !NAME.matcher(command.name()).matches()) {
            throw new InvalidValueException("name", "must be 2 to 40 lower-case letters, digits or - and start with a "
                    + "letter");
        }
        check(command.description(), command.permissions());
        registry.claim(UserRules.ROLE_SCOPE, "name", command.name(), command.name());
        apply(new RoleDefinedEvent(command.name(), command.description().strip(), Set.copyOf(command.permissions())));
    }

    @CommandHandler
    public void handle(ChangeRolePermissionsCommand command) {
        if (ADMIN.equals(name)) {
            throw new BusinessRuleViolationException("admin-role-fixed", "the admin role always holds every permission");
        }
        check(command.description(), command.permissions());
        apply(new RolePermissionsChangedEvent(name, command.description().strip(),
                Set.copyOf(command.permissions())));
    }

    /** The permissions held now, less those withdrawn, plus those granted; nothing happens when that changes none. */
    @CommandHandler
    public void handle(ReviseRolePermissionsCommand command) {
        if (ADMIN.equals(name)) {
            throw new BusinessRuleViolationException("admin-role-fixed", "the admin role always holds every permission");
        }
        Set<String> revised = new TreeSet<>(permissions);
        revised.removeAll(command.withdraw() == null ? Set.of() : command.withdraw());
        revised.addAll(command.grant() == null ? Set.of() : command.grant());
        String newDescription = command.description() == null ? description : command.description().strip();
        if (revised.equals(permissions) && newDescription.equals(description)) {
            return;
        }
        check(newDescription, revised);
        apply(new RolePermissionsChangedEvent(name, newDescription, Set.copyOf(revised)));
    }

    private static void check(String description, Set<String> permissions) {
        Reason.require("description", description);
        if (permissions == null || permissions.isEmpty()) {
            throw new InvalidValueException("permissions", "must name at least one permission");
        }
        for (String permission : permissions) {
            if (permission == null || !PERMISSION.matcher(permission).matches()) {
                throw new InvalidValueException("permissions", "'" + permission + "' is not resource:action "
                        + "(lower-case, * for any)");
            }
        }
    }

    @EventSourcingHandler
    void on(RoleDefinedEvent event) {
        name = event.name();
        description = event.description();
        permissions = Set.copyOf(event.permissions());
    }

    @EventSourcingHandler
    void on(RolePermissionsChangedEvent event) {
        description = event.description();
        permissions = Set.copyOf(event.permissions());
    }
}
