package com.opsledger.infra.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The RSA key pair that signs access tokens: from configured PEM files, or generated once into the data directory. */
record SigningKeys(RSAPublicKey publicKey, RSAPrivateCrtKey privateKey) {

    static final String GENERATED_FILE = "jwt-signing-key.pem";

    boolean canSign() {
        return privateKey != null;
    }

    static SigningKeys load(SecuritySettings.Jwt settings, Path dataDirectory) {
        try {
            if (settings.privateKey() != null && !settings.privateKey().isBlank()) {
                return fromPrivate(readPem(Path.of(settings.privateKey()), "PRIVATE KEY"));
            }
            if (settings.publicKey() != null && !settings.publicKey().isBlank()) {
                byte[] der = readPem(Path.of(settings.publicKey()), "PUBLIC KEY");
                return new SigningKeys((RSAPublicKey) rsa().generatePublic(new X509EncodedKeySpec(der)), null);
            }
            Path file = dataDirectory.resolve(GENERATED_FILE);
            if (!Files.exists(file)) {
                generate(file);
            }
            return fromPrivate(readPem(file, "PRIVATE KEY"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the token signing key cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the token signing key cannot be read or written", e);
        }
    }

    private static SigningKeys fromPrivate(byte[] der) throws GeneralSecurityException {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa().generatePrivate(new PKCS8EncodedKeySpec(der));
        BigInteger modulus = key.getModulus();
        RSAPublicKey publicKey = (RSAPublicKey) rsa().generatePublic(new RSAPublicKeySpec(modulus,
                key.getPublicExponent()));
        return new SigningKeys(publicKey, key);
    }

    private static void generate(Path file) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection applies
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] readPem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IOException(file + " holds no " + type + " in PEM form");
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }

    private static KeyFactory rsa() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }

    /** Never shows the secret, in logs or error messages. */
    @Override
    public String toString() {
        return "SigningKeys[" + (privateKey == null ? "public key only" : "private key hidden") + "]";
    }
}
