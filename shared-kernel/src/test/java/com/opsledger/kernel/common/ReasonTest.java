package com.opsledger.kernel.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReasonTest {

    @Test
    void canRequireOneTo500CharactersWithoutSurroundingBlanks() {
        assertEquals("damaged", Reason.require("reason", "  damaged "));
        assertEquals(500, Reason.require("reason", " " + "x".repeat(500) + " ").length());
        for (String refused : new String[]{null, "", "   ", "x".repeat(501)}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Reason.require("reason", refused));
            assertEquals("reason", e.field());
            assertEquals("must be 1 to 500 characters", e.reason());
        }
    }

    @Test
    void canLeaveAnOptionalReasonOutButNotMakeItTooLong() {
        assertNull(Reason.optional("reason", null));
        assertNull(Reason.optional("reason", "  "));
        assertEquals("late", Reason.optional("reason", " late"));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Reason.optional("reason", "x".repeat(501)));
        assertEquals("must be at most 500 characters", e.reason());
    }
}
