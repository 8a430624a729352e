package com.opsledger.infra.files;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.files.StoredFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HashedFileStoreTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

    @TempDir
    Path root;

    @Test
    void keepsTheSameContentOnceUnderItsHashWithTheTypeItsBytesShow() throws Exception {
        HashedFileStore store = new HashedFileStore(root);
        StoredFiles.StoredFile first = store.store(JPEG, StoredFiles.IMAGES);
        StoredFiles.StoredFile again = store.store(JPEG.clone(), StoredFiles.IMAGES);
        assertThat(first).isEqualTo(again);
        assertThat(first.contentType()).isEqualTo("image/jpeg");
        assertThat(first.size()).isEqualTo(JPEG.length);
        assertThat(first.hash()).matches("[0-9a-f]{64}");
        assertThat(store.open(first.hash())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(JPEG));
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    @Test
    void refusesContentOfAnotherTypeAndReadsNothingOutsideItsRoot() {
        HashedFileStore store = new HashedFileStore(root);
        assertThatThrownBy(() -> store.store("GIF89a".getBytes(), StoredFiles.IMAGES))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("file"));
        assertThatThrownBy(() -> store.store(JPEG, Set.of(StoredFiles.PNG))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> store.store(new byte[0], StoredFiles.IMAGES)).isInstanceOf(InvalidValueException.class);
        assertThat(store.open("../../etc/passwd")).isEmpty();
        assertThat(store.open("0".repeat(64))).isEmpty();
    }
}
