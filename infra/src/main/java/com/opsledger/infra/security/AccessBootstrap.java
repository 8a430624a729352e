package com.opsledger.infra.security;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.DuplicateException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.useraccount.CreateUserCommand;
import com.opsledger.kernel.useraccount.DefineRoleCommand;
import com.opsledger.kernel.useraccount.ReviseRolePermissionsCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * On first start: the seeded roles and an {@code admin} user whose password is {@code OPSLEDGER_ADMIN_PASSWORD}, or,
 * when that is not set, a random one printed once. On every start: the revisions of seeded roles not yet applied.
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
    private final JdbcTemplate jdbc;

    AccessBootstrap(CommandGateway gateway, ReferenceRegistry registry, SecuritySettings settings, JdbcTemplate jdbc) {
        this.gateway = gateway;
        this.registry = registry;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SeededRoles.Seed seed : SeededRoles.ALL) {
            if (registry.ownerOf("role.name", seed.name()).isEmpty()) {
                ignoreRace(() -> gateway.sendAndWait(new DefineRoleCommand(seed.name(), seed.description(),
                        seed.permissions()), SYSTEM));
            }
        }
        revise();
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

    /**
     * Each revision of a seeded role once per installation: a role seeded before the revision gets it, a role seeded
     * after holds it already (and so no event), and a revision recorded here is never applied again, so an
     * administrator's later change to the role stays.
     */
    private void revise() {
        for (SeededRoles.Revision revision : SeededRoles.REVISIONS) {
            Boolean applied = jdbc.queryForObject("select exists (select 1 from seeded_role_revision where id = ?)",
                    Boolean.class, revision.id());
            if (Boolean.TRUE.equals(applied)) {
                continue;
            }
            if (registry.ownerOf("role.name", revision.role()).isPresent()) {
                gateway.sendAndWait(new ReviseRolePermissionsCommand(revision.role(), revision.description(),
                        revision.grant(), revision.withdraw()), SYSTEM);
            }
            jdbc.update("insert into seeded_role_revision (id, role_name, applied_at) values (?, ?, now()) "
                    + "on conflict (id) do nothing", revision.id(), revision.role());
            log.info("Applied the revision {} of the seeded role {}", revision.id(), revision.role());
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
