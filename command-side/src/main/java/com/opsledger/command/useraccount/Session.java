package com.opsledger.command.useraccount;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** One sign-in: the current refresh token's hash, the hashes it replaced (to spot reuse), and its absolute end. */
final class Session {

    private static final int REMEMBERED_TOKENS = 200;

    String currentHash;
    Deque<String> rotatedHashes = new ArrayDeque<>();
    Instant expiresAt;
    boolean ended;

    Session() {
    }

    Session(String currentHash, Instant expiresAt) {
        this.currentHash = currentHash;
        this.expiresAt = expiresAt;
    }

    void rotate(String newHash) {
        rotatedHashes.addFirst(currentHash);
        if (rotatedHashes.size() > REMEMBERED_TOKENS) {
            rotatedHashes.removeLast();
        }
        currentHash = newHash;
    }

    boolean usable(Instant at) {
        return !ended && at.isBefore(expiresAt);
    }
}
