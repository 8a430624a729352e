package com.opsledger.kernel.supplier;

import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SupplierUpdatedEvent(@DataSubject String supplierId, String name, @PersonalData String contactPerson,
                                   @PersonalData String email, @PersonalData String phone, String address,
                                   PaymentTerms paymentTerms, int leadTimeDays) implements SupplierEvent {
}
