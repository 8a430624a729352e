package com.opsledger.infra.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerKeysTest {

    @TempDir
    Path data;

    @Test
    void canGenerateTheMasterKeyOnceIntoTheDataDirectoryForTheOwnerOnly() throws Exception {
        ServerKeys first = new ServerKeys("", data.toString());
        Path file = data.resolve(ServerKeys.GENERATED_FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        byte[] key = new byte[32];
        key[5] = 7;
        byte[] wrapped = first.wrap("c1", key);
        ServerKeys again = new ServerKeys(null, data.toString());
        assertThat(again.unwrap("c1", wrapped)).isEqualTo(key);
        assertThat(wrapped).hasSize(12 + 32 + 16).isNotEqualTo(key);
    }

    @Test
    void canUseAConfiguredMasterKeyInsteadOfAGeneratedOne() {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        ServerKeys keys = new ServerKeys(configured, data.toString());
        assertThat(Files.exists(data.resolve(ServerKeys.GENERATED_FILE))).isFalse();
        assertThat(new ServerKeys(new byte[32]).open(keys.seal(new byte[]{1, 2}))).containsExactly(1, 2);
    }

    @Test
    void cannotUnwrapAKeyForAnotherPersonOrWithAnotherMasterKey() {
        ServerKeys keys = new ServerKeys(new byte[32]);
        byte[] wrapped = keys.wrap("c1", new byte[32]);
        assertThatThrownBy(() -> keys.unwrap("c2", wrapped)).isInstanceOf(IllegalStateException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new ServerKeys(other).unwrap("c1", wrapped)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotStartWithAMasterKeyOfTheWrongSize() {
        assertThatThrownBy(() -> new ServerKeys(Base64.getEncoder().encodeToString(new byte[16]), data.toString()))
                .hasMessageContaining("opsledger.privacy.master-key").hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new ServerKeys("not base64!", data.toString()))
                .hasMessageContaining("opsledger.privacy.master-key");
    }

    @Test
    void canGiveEqualValuesEqualPseudonymsThatHideThem() {
        ServerKeys keys = new ServerKeys(new byte[32]);
        assertThat(keys.pseudonym("10.1.2.3")).isEqualTo(keys.pseudonym("10.1.2.3"))
                .isNotEqualTo(keys.pseudonym("10.1.2.4")).doesNotContain("10.1.2.3").startsWith("pseudonym:");
    }
}
