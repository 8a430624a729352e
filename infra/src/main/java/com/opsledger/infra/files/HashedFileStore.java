package com.opsledger.infra.files;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.files.FileTypes;
import com.opsledger.kernel.files.StoredFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Files under {@code opsledger.files.directory} (by default {@code files} in the data directory), each at
 * {@code <first two hex digits>/<sha-256>}: written to a temporary file and moved into place, so a reader never sees
 * half a file, and the same content sent twice is kept once.
 */
@Component
class HashedFileStore implements StoredFiles {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    HashedFileStore(@Value("${opsledger.files.directory:${opsledger.data-dir:./data}/files}") Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public StoredFile store(byte[] content, Set<String> accepted) {
        if (content == null || content.length == 0) {
            throw new InvalidValueException("file", "is empty");
        }
        String type = FileTypes.sniff(content).filter(accepted::contains).orElseThrow(() ->
                new InvalidValueException("file", "must be one of " + String.join(", ", accepted.stream().sorted()
                        .toList()) + " by its content"));
        String hash = sha256(content);
        Path target = path(hash);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path partial = Files.createTempFile(target.getParent(), hash, ".part");
                Files.write(partial, content);
                try {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                    Files.deleteIfExists(partial);
                    if (!Files.exists(target)) {
                        throw raced;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep file " + hash + " under " + root, e);
        }
        return new StoredFile(hash, content.length, type);
    }

    @Override
    public Optional<byte[]> open(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        Path path = path(hash);
        try {
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + hash, e);
        }
    }

    private Path path(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
