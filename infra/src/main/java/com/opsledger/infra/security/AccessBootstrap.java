package com.opsledger.infra.security;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.DuplicateException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.useraccount.CreateUserCommand;
import com.opsledger.kernel.useraccount.DefineRoleCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * On first start: the seeded roles and an {@code admin} user whose password is {@code OPSLEDGER_ADMIN_PASSWORD}, or,
 * when that is not set, a random one printed once.
 */
@Component
@Order(0)
@ConditionalOnExpression("'${opsledger.role:all}' != 'query'")
class AccessBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccessBootstrap.class);
    private static final MetaData SYSTEM = MetaData.with("userId", "system");

    private final CommandGateway gateway;
    private final ReferenceRegistry registry;
    private final SecuritySettings settings;

    AccessBootstrap(CommandGateway gateway, ReferenceRegistry registry, SecuritySettings settings) {
        this.gateway = gateway;
        this.registry = registry;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SeededRoles.Seed seed : SeededRoles.ALL) {
            if (registry.ownerOf("role.name", seed.name()).isEmpty()) {
                ignoreRace(() -> gateway.sendAndWait(new DefineRoleCommand(seed.name(), seed.description(),
                        seed.permissions()), SYSTEM));
            }
        }
        if (registry.ownerOf("user.username", "admin").isPresent()) {
            return;
        }
        String configured = settings.adminPassword();
        String password = configured == null || configured.isBlank() ? generated() : configured;
        ignoreRace(() -> gateway.sendAndWait(new CreateUserCommand(Ids.newId(), "admin", "admin@opsledger.local",
                "Administrator", password, Set.of(CallerDirectory.ADMIN_ROLE), null, null, null), SYSTEM));
        if (configured == null || configured.isBlank()) {
            String banner = "\n\n    OpsLedger created the user 'admin' with the password  " + password
                    + "\n    It is shown this once: sign in and change it (POST /api/v1/auth/password).\n";
            System.out.println(banner);
        } else {
            log.info("Created the user 'admin' with the password from OPSLEDGER_ADMIN_PASSWORD");
        }
    }

    private static void ignoreRace(Runnable send) {
        try {
            send.run();
        } catch (DuplicateException e) {
            log.debug("Another instance created {} first", e.value());
        }
    }

    private static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
