package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import org.axonframework.serialization.Revision;

@Revision("1")
public record RefreshTokenReuseDetectedEvent(@DataSubject String userId, String sessionId,
                                             @PersonalData String clientIp) {
}
