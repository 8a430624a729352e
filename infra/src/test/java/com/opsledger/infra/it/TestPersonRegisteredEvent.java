package com.opsledger.infra.it;

import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A test-only event with personal data, to show erasure on an event type no production code knows. */
@Revision("1")
public record TestPersonRegisteredEvent(@DataSubject String personId, @PersonalData String name,
                                        @PersonalData LocalDate birthDate, String city) {
}
