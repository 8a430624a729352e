package com.opsledger.kernel.customer;

import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record CustomerUpdatedEvent(@DataSubject String customerId, @PersonalData String name,
                                   @PersonalData String email, @PersonalData String phone, String tier,
                                   @PersonalData List<Address> addresses, String communicationPreference)
        implements CustomerEvent {
}
