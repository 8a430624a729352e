package com.opsledger.kernel.delivery;

/** How a proof of delivery was taken: accepted, or a wrong code with the attempts left (0: the proof is locked). */
public record ProofOutcome(boolean accepted, int attemptsLeft) {

    public static ProofOutcome delivered() {
        return new ProofOutcome(true, 0);
    }
}
