package com.opsledger.infra.privacy;

import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.kernel.useraccount.DisableUserCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An erased person signs in no more: the user erased, or the portal users of the customer erased, are disabled,
 * which ends their sessions. A process of the {@code process-managers} processor (it starts at the head of the
 * event store, so a replay does not disable anyone again).
 */
@Component
@ProcessingGroup(ErasureFollowUp.NAME)
@ConditionalOnExpression("'${opsledger.role:all}' != 'query'")
class ErasureFollowUp {

    static final String NAME = "erasure-follow-up";
    static final String REASON = "personal data erased";
    private static final Logger log = LoggerFactory.getLogger(ErasureFollowUp.class);
    /** The process acts, from no address: the erasure request's address is not carried onto the user's record. */
    private static final MetaData SYSTEM = MetaData.with("userId", "system").and("clientIp", null)
            .and("userAgent", null);

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    ErasureFollowUp(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(DataSubjectErasedEvent event) {
        List<String> users = jdbc.queryForList("select user_id from auth_user where user_id = ? or customer_id = ?",
                String.class, event.subjectId(), event.subjectId());
        for (String userId : users) {
            try {
                commands.sendAndWait(new DisableUserCommand(userId, REASON), SYSTEM);
            } catch (AggregateNotFoundException e) {
                log.warn("The erased user {} has no account to disable", userId);
            }
        }
    }
}
