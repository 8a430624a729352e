package com.opsledger.query.common;

/**
 * The user accounts of an erased person: the user erased, or the portal users of the customer erased. Bind the
 * erased subject's id twice.
 */
public final class ErasedPeople {

    public static final String USERS = "(select user_id from auth_user where user_id = ? or customer_id = ?)";

    private ErasedPeople() {
    }
}
