package com.opsledger.kernel.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that holds a credential or something that stands for one (a TOTP seed, a password, refresh-token or
 * recovery-code hash). Events and snapshots store it encrypted with the server's key, and no audit view, export,
 * diff or {@code asOf} shows it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Secret {
}
