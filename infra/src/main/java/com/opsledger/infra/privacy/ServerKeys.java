package com.opsledger.infra.privacy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The server's master key, {@code opsledger.privacy.master-key} (32 bytes, base64), or, when that is not set, one
 * generated once into the data directory (readable by the owner only). Separate keys are derived from it for
 * secrets in events and snapshots, for wrapping the per-person keys, and for pseudonyms of erased people's
 * addresses. Losing it loses every secret and every person's data: keep it with the database backups' keys.
 */
@Component
public class ServerKeys {

    static final String GENERATED_FILE = "privacy-master-key";
    private static final int KEY_BYTES = 32;

    private final byte[] secrets;
    private final byte[] wrapping;
    private final byte[] pseudonyms;

    @Autowired
    public ServerKeys(@Value("${opsledger.privacy.master-key:}") String configured,
                      @Value("${opsledger.data-dir:./data}") String dataDirectory) {
        this(configured == null || configured.isBlank() ? fromFile(Path.of(dataDirectory).resolve(GENERATED_FILE))
                : decode(configured.strip(), "opsledger.privacy.master-key"));
    }

    ServerKeys(byte[] master) {
        this.secrets = derive(master, "opsledger secrets in events v1");
        this.wrapping = derive(master, "opsledger personal data key wrapping v1");
        this.pseudonyms = derive(master, "opsledger pseudonyms v1");
        Arrays.fill(master, (byte) 0);
    }

    /** A secret sealed with the server's key (nonce, ciphertext and tag). */
    byte[] seal(byte[] plaintext) {
        return PersonalDataCipher.encrypt(secrets, "secret", plaintext);
    }

    byte[] open(byte[] sealed) {
        return PersonalDataCipher.decrypt(secrets, "secret", sealed);
    }

    /** A person's key wrapped (AES-GCM) under the master key, bound to the person. */
    byte[] wrap(String subjectId, byte[] key) {
        return PersonalDataCipher.encrypt(wrapping, "key of " + subjectId, key);
    }

    byte[] unwrap(String subjectId, byte[] wrapped) {
        return PersonalDataCipher.decrypt(wrapping, "key of " + subjectId, wrapped);
    }

    /** A keyed hash standing for a value (an address, a user agent): equal values give equal pseudonyms. */
    public String pseudonym(String value) {
        return "pseudonym:" + HexFormat.of().formatHex(Arrays.copyOf(
                hmac(pseudonyms, value.getBytes(StandardCharsets.UTF_8)), 12));
    }

    /** A keyed hash of {@code value} under a key of its own for {@code purpose} (such as delivery codes). */
    public byte[] keyedHash(String purpose, String value) {
        return hmac(derive(secrets, purpose), value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ServerKeys[secrets hidden]";
    }

    private static byte[] derive(byte[] master, String purpose) {
        return hmac(master, purpose.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must hold " + KEY_BYTES + " bytes (base64), not " + key.length
                    + "; e.g. openssl rand -base64 32");
        }
        return key;
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("the privacy master key cannot be read or written: " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary);
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection applies
        }
        Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another instance on the same data directory wrote it first: keep theirs
            Files.deleteIfExists(temporary);
            if (!Files.exists(file)) {
                throw e;
            }
        }
    }
}
