package com.opsledger.infra.it;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Users created over HTTP by the admin, for tests that act as someone else. */
final class Accounts {

    static final String PASSWORD = "a sturdy pass phrase 42";

    record Account(String id, String username, String password) {

        Api api(int port) {
            return Api.as(port, username, password);
        }
    }

    private Accounts() {
    }

    static Account create(Api admin, String role) {
        return create(admin, role, null, null);
    }

    static Account create(Api admin, String role, String customerId, String supplierId) {
        return create(admin, role, Set.of(role), customerId, supplierId);
    }

    /** A user named after {@code namePrefix} with all of {@code roles}, of a customer or supplier when given. */
    static Account create(Api admin, String namePrefix, Set<String> roles, String customerId, String supplierId) {
        String username = ApplicationIT.unique(namePrefix).toLowerCase();
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "email", username + "@example.com",
                "displayName", "User " + username, "password", PASSWORD, "roles", roles));
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        if (supplierId != null) {
            body.put("supplierId", supplierId);
        }
        Api.Response created = admin.post("/api/v1/admin/users", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return new Account(created.id(), username, PASSWORD);
    }
}
