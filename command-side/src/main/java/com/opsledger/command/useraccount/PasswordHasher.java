package com.opsledger.command.useraccount;

/** An adaptive one-way hash for passwords (the application provides bcrypt). */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
