package com.opsledger.infra.privacy;

import com.opsledger.infra.it.ApplicationIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-person keys are stored wrapped under the master key; keys stored unwrapped before are wrapped. */
class KeyWrappingIT extends ApplicationIT {

    @Autowired
    ServerKeys server;
    @Autowired
    PersonalDataKeyStore keys;
    @Value("${opsledger.data-dir}")
    String dataDirectory;

    @Test
    void canStoreEveryPersonsKeyWrappedAndWrapKeysStoredInClear() throws Exception {
        Path master = Path.of(dataDirectory).resolve(ServerKeys.GENERATED_FILE);
        assertThat(Files.getPosixFilePermissions(master)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        String email = unique("wrapped").toLowerCase() + "@example.com";
        var created = api().post("/api/v1/customers", Map.of("name", "Wanda Wrapped", "email", email,
                "phone", "+49 30 1234567", "tier", "silver", "communicationPreference", "email",
                "addresses", List.of(Map.of("line1", "Hauptstr. 1", "postalCode", "10115", "city", "Berlin",
                        "country", "DE"))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String customerId = created.id();
        Map<String, Object> row = jdbc.queryForMap("select key_bytes, wrapped from personal_data_key "
                + "where subject_id = ?", customerId);
        assertThat(row.get("wrapped")).isEqualTo(true);
        byte[] stored = (byte[]) row.get("key_bytes");
        byte[] key = server.unwrap(customerId, stored);
        assertThat(key).hasSize(32);
        assertThat(stored).isNotEqualTo(key);

        jdbc.update("update personal_data_key set key_bytes = ?, wrapped = false where subject_id = ?", key,
                customerId);
        assertThat(keys.keyForReading(customerId)).as("a key in clear still reads").contains(key);
        assertThat(keys.wrapStoredKeys()).isGreaterThanOrEqualTo(1);
        Map<String, Object> rewrapped = jdbc.queryForMap("select key_bytes, wrapped from personal_data_key "
                + "where subject_id = ?", customerId);
        assertThat(rewrapped.get("wrapped")).isEqualTo(true);
        assertThat(server.unwrap(customerId, (byte[]) rewrapped.get("key_bytes"))).isEqualTo(key);
        assertThat(api().get("/api/v1/customers/" + customerId).body().path("email").asText()).isEqualTo(email);
    }
}
