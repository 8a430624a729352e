package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record UserLockedOutEvent(@DataSubject String userId, Instant lockedUntil, @PersonalData String clientIp) {
}
