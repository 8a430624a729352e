package com.opsledger.command.useraccount;

import com.opsledger.kernel.access.PortalRoles;
import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.useraccount.CreateUserCommand;

import java.util.Set;
import java.util.regex.Pattern;

/** What a user account must look like: a username, a plausible e-mail, known roles, portal users tied to a party. */
final class UserRules {

    static final String ROLE_SCOPE = "role.name";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    private UserRules() {
    }

    static void checkNew(CreateUserCommand command, ReferenceRegistry registry) {
        if (command.username() == null || !USERNAME.matcher(command.username()).matches()) {
            throw new InvalidValueException("username", "must be 3 to 64 letters, digits or . _ - and start with a "
                    + "letter or digit");
        }
        if (command.email() == null || !EMAIL.matcher(command.email().strip()).matches()) {
            throw new InvalidValueException("email", "must be an e-mail address");
        }
        if (command.displayName() == null || command.displayName().isBlank() || command.displayName().length() > 200) {
            throw new InvalidValueException("displayName", "must be 1 to 200 characters");
        }
        checkRoles(command.roles(), registry);
        if (command.roles().contains(PortalRoles.CUSTOMER_PORTAL) && command.customerId() == null) {
            throw new InvalidValueException("customerId", "is required for a customer-portal user");
        }
        if (command.roles().contains(PortalRoles.SUPPLIER_PORTAL) && command.supplierId() == null) {
            throw new InvalidValueException("supplierId", "is required for a supplier-portal user");
        }
    }

    static void checkRoles(Set<String> roles, ReferenceRegistry registry) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValueException("roles", "must name at least one role");
        }
        for (String role : roles) {
            if (role == null || registry.ownerOf(ROLE_SCOPE, role).isEmpty()) {
                throw new InvalidValueException("roles", "'" + role + "' is not a role");
            }
        }
    }
}
