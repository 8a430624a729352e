package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LoginFailedEvent(@DataSubject String userId, String reason, int consecutiveFailures,
                               @PersonalData String clientIp) {
}
