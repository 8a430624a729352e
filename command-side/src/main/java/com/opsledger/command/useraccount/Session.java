package com.opsledger.command.useraccount;

import com.opsledger.kernel.privacy.Secret;

import java.time.Instant;
import java.util.LinkedList;
import java.util.Objects;

/** One sign-in: the current refresh token's hash, the hashes it replaced (to spot reuse), and its absolute end. */
final class Session {

    private static final int REMEMBERED_TOKENS = 200;

    @Secret
    String currentHash;
    @Secret
    LinkedList<String> rotatedHashes = new LinkedList<>();
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

    @Override
    public String toString() {
        return "Session[expiresAt=" + expiresAt + ", ended=" + ended + ", secrets hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Session that && ended == that.ended && Objects.equals(currentHash, that.currentHash)
                && Objects.equals(rotatedHashes, that.rotatedHashes) && Objects.equals(expiresAt, that.expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currentHash, expiresAt, ended);
    }
}
