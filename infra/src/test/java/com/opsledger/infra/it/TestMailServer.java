package com.opsledger.infra.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server in the test JVM (GreenMail, on a free port) that every application started by the tests sends
 * its mail to: registered as an environment post-processor, it sets {@code spring.mail.host} and {@code .port}.
 */
public final class TestMailServer implements EnvironmentPostProcessor {

    private static GreenMail server;

    static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            started.start();
            server = started;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return server;
    }

    /** The messages received so far for {@code recipient}. */
    static List<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(server().getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        GreenMail smtp = server();
        environment.getPropertySources().addLast(new MapPropertySource("test-mail-server", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", smtp.getSmtp().getPort())));
    }
}
