package com.opsledger.infra.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.opsledger.command.registry.ReferenceRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.Proxy;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsTest {

    private static final String PASSWORD = "an environment pass phrase 77";

    @Test
    void canCreateTheAdminFromTheEnvironmentWithoutPrintingItsPassword(CapturedOutput output) {
        Logger logger = (Logger) LoggerFactory.getLogger(AccessBootstrap.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        Level level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        try {
            SecuritySettings settings = new SecuritySettings(PASSWORD, null, null, null, null, null);
            new AccessBootstrap(gateway(), nobodyRegistered(), settings, revisionsApplied()).run(new DefaultApplicationArguments());
            assertThat(settings.toString()).doesNotContain(PASSWORD).contains("hidden");
        } finally {
            logger.detachAppender(logged);
            logger.setLevel(level);
        }
        String messages = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList().toString();
        assertThat(messages).contains("OPSLEDGER_ADMIN_PASSWORD").doesNotContain(PASSWORD);
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void canShowNoTokenOrSecretInToString() {
        RefreshToken token = RefreshToken.issue("u1", "s1");
        String secret = token.text().substring(token.text().lastIndexOf('.') + 1);
        assertThat(token.toString()).doesNotContain(secret).contains("u1");
        TokenResponse answer = new TokenResponse("access.jwt.value", token.text(), 900, "Bearer");
        assertThat(answer.toString()).doesNotContain("access.jwt.value").doesNotContain(secret);
        assertThat(new SignInController.LoginRequest("ann", PASSWORD, "123456").toString())
                .doesNotContain(PASSWORD).doesNotContain("123456").contains("ann");
        assertThat(new TokenRefreshController.RefreshRequest(token.text()).toString()).doesNotContain(secret);
    }

    private static CommandGateway gateway() {
        return (CommandGateway) Proxy.newProxyInstance(CommandGateway.class.getClassLoader(),
                new Class<?>[]{CommandGateway.class}, (proxy, method, args) -> null);
    }

    /** Every seeded role revision recorded as applied already: the bootstrap reads and writes nothing else. */
    private static JdbcTemplate revisionsApplied() {
        return new JdbcTemplate() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
                return (T) Boolean.TRUE;
            }
        };
    }

    private static ReferenceRegistry nobodyRegistered() {
        return (ReferenceRegistry) Proxy.newProxyInstance(ReferenceRegistry.class.getClassLoader(),
                new Class<?>[]{ReferenceRegistry.class}, (proxy, method, args) ->
                        method.getReturnType() == Optional.class ? Optional.empty() : null);
    }
}
