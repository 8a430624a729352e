package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;

import java.util.Set;

@Revision("1")
public record UserCreatedEvent(@DataSubject String userId, String username, @PersonalData String email,
                               @PersonalData String displayName, Set<String> roles, String customerId,
                               String supplierId, String driverId) {
}
