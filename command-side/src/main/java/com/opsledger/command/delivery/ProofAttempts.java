package com.opsledger.command.delivery;

/** How many wrong codes a proof of delivery takes before it locks until a manager overrides it. */
final class ProofAttempts {

    static final int MAX_WRONG = 5;

    private int wrong;
    private boolean locked;
    private boolean overridden;

    boolean locked() {
        return locked;
    }

    boolean overridden() {
        return overridden;
    }

    int wrong() {
        return wrong;
    }

    /** The failed attempts after one more wrong code. */
    int next() {
        return wrong + 1;
    }

    static boolean locksAt(int failedAttempts) {
        return failedAttempts >= MAX_WRONG;
    }

    void rejected(int failedAttempts, boolean lock) {
        wrong = failedAttempts;
        locked = lock;
    }

    void override() {
        locked = false;
        overridden = true;
    }
}
