package com.opsledger.command.delivery;

import com.opsledger.kernel.common.InvalidValueException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** The bytes of an uploaded proof file (null when none was sent). */
final class ProofUploads {

    private ProofUploads() {
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null) {
            return null;
        }
        if (file.getSize() > ProofFiles.MAX_BYTES) {
            throw new InvalidValueException(file.getName(), "must be at most 5 MB");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new InvalidValueException(file.getName(), "could not be read");
        }
    }
}
