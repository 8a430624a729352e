package com.opsledger.command.privacy;

/** The per-person keys that encrypt personal data in events. */
public interface PersonalDataKeys {

    /** Deletes the person's key for good, in the command's own transaction; later data of theirs is not kept. */
    void erase(String subjectId, String reason);
}
