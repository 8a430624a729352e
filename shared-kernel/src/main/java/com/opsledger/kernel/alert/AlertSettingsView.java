package com.opsledger.kernel.alert;

import java.util.List;

/** The kinds of alerts one user leaves out of their inbox. */
public record AlertSettingsView(List<String> mutedKinds) {
}
