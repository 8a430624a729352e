package com.opsledger.kernel.driver;

import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record DriverUpdatedEvent(@DataSubject String driverId, @PersonalData String name,
                                 @PersonalData String phone, @PersonalData String licenceNumber,
                                 LocalDate licenceExpiry) implements DriverEvent {
}
