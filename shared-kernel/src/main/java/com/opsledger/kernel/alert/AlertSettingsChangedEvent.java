package com.opsledger.kernel.alert;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record AlertSettingsChangedEvent(String settingsId, String userId, List<String> mutedKinds) {
}
