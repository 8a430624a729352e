package com.opsledger.infra.privacy;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.opsledger.kernel.useraccount.PasswordChangedEvent;
import com.opsledger.kernel.useraccount.SessionRefreshedEvent;
import com.opsledger.kernel.useraccount.TotpEnabledEvent;
import com.opsledger.kernel.useraccount.TotpEnrolmentStartedEvent;
import com.opsledger.kernel.useraccount.UserLoggedInEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsInEventsTest {

    private static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234";

    private final ServerKeys server = new ServerKeys(new byte[32]);
    private final ObjectMapper events = axonLike().registerModule(new PersonalDataModule(() -> {
        throw new AssertionError("no personal data here");
    }, () -> server));

    private static ObjectMapper axonLike() {
        return JsonMapper.builder().findAndAddModules()
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @Test
    void canStoreSecretsEncryptedAndReadThemBack() throws Exception {
        List<Object> written = List.of(new PasswordChangedEvent("u1", HASH, false),
                new TotpEnrolmentStartedEvent("u1", SEED),
                new TotpEnabledEvent("u1", List.of("hash-of-code-1", "hash-of-code-2")),
                new UserLoggedInEvent("u1", "s1", "refresh-hash-1", Instant.parse("2026-01-01T00:00:00Z"), null,
                        true),
                new SessionRefreshedEvent("u1", "s1", "refresh-hash-2", null));
        for (Object event : written) {
            String stored = events.writeValueAsString(event);
            assertThat(stored).doesNotContain(SEED).doesNotContain(HASH).doesNotContain("hash-of-code")
                    .doesNotContain("refresh-hash").contains(PersonalDataModule.SECRET_ALGORITHM).contains("u1");
            assertThat(events.readValue(stored, event.getClass())).isEqualTo(event);
        }
    }

    @Test
    void canReadSecretsStoredInClearByEarlierVersions() throws Exception {
        assertThat(events.readValue("{\"userId\":\"u1\",\"passwordHash\":\"" + HASH + "\",\"byAdministrator\":true}",
                PasswordChangedEvent.class)).isEqualTo(new PasswordChangedEvent("u1", HASH, true));
        assertThat(events.readValue("{\"userId\":\"u1\",\"recoveryCodeHashes\":[\"a\",null]}",
                TotpEnabledEvent.class).recoveryCodeHashes()).containsExactly("a", null);
    }

    @Test
    void cannotReadASecretWithAnotherServerKey() throws Exception {
        String stored = events.writeValueAsString(new TotpEnrolmentStartedEvent("u1", SEED));
        byte[] other = new byte[32];
        other[0] = 1;
        ServerKeys otherServer = new ServerKeys(other);
        ObjectMapper elsewhere = axonLike().registerModule(new PersonalDataModule(() -> null, () -> otherServer));
        assertThatThrownBy(() -> elsewhere.readValue(stored, TotpEnrolmentStartedEvent.class))
                .hasStackTraceContaining("cannot decrypt");
    }

    @Test
    void canRedactSecretsInJsonShownToPeople() throws Exception {
        ObjectMapper web = JsonMapper.builder().findAndAddModules().addModule(new SecretRedactionModule()).build();
        JsonNode shown = web.valueToTree(new TotpEnabledEvent("u1", List.of("hash-of-code-1")));
        assertThat(shown.path("recoveryCodeHashes").asText()).isEqualTo("[redacted]");
        assertThat(shown.path("userId").asText()).isEqualTo("u1");
        assertThat(web.writeValueAsString(new PasswordChangedEvent("u1", HASH, true))).doesNotContain(HASH)
                .contains("\"byAdministrator\":true");
    }

    @Test
    void canRedactSecretsOfStoredPayloadsWhetherEncryptedOrInClear() throws Exception {
        DefaultListableBeanFactory none = new DefaultListableBeanFactory();
        PersonalDataPayloads payloads = new PersonalDataPayloads(none.getBeanProvider(PersonalDataKeyStore.class),
                none.getBeanProvider(ServerKeys.class));
        JsonNode legacy = events.readTree("{\"userId\":\"u1\",\"secret\":\"" + SEED + "\"}");
        assertThat(payloads.readable(TotpEnrolmentStartedEvent.class.getName(), legacy).toString())
                .doesNotContain(SEED).contains("[redacted]").contains("u1");
        JsonNode sealed = events.readTree(events.writeValueAsString(new PasswordChangedEvent("u1", HASH, true)));
        assertThat(payloads.readable("some.RenamedType", sealed).path("passwordHash").asText())
                .isEqualTo("[redacted]");
    }

    @Test
    void canShowNoSecretInToString() {
        assertThat(new PasswordChangedEvent("u1", HASH, true).toString()).doesNotContain(HASH).contains("u1");
        assertThat(new TotpEnrolmentStartedEvent("u1", SEED).toString()).doesNotContain(SEED);
        assertThat(new TotpEnabledEvent("u1", List.of("hash-of-code-1")).toString()).doesNotContain("hash-of-code");
        assertThat(new UserLoggedInEvent("u1", "s1", "refresh-hash-1", Instant.EPOCH, "ip", false).toString())
                .doesNotContain("refresh-hash");
        assertThat(new SessionRefreshedEvent("u1", "s1", "refresh-hash-1", "ip").toString())
                .doesNotContain("refresh-hash");
        assertThat(server.toString()).isEqualTo("ServerKeys[secrets hidden]");
    }
}
