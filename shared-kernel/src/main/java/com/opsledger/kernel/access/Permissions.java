package com.opsledger.kernel.access;

import java.util.Collection;

/** Matching of granted permissions, which may be wildcards ({@code *}, {@code orders:*}, {@code *:read}). */
public final class Permissions {

    private Permissions() {
    }

    public static boolean grants(Collection<String> granted, String required) {
        for (String grant : granted) {
            if (matches(grant, required)) {
                return true;
            }
        }
        return false;
    }

    public static boolean matches(String grant, String required) {
        if (grant.equals("*") || grant.equals(required)) {
            return true;
        }
        int g = grant.indexOf(':');
        int r = required.indexOf(':');
        if (g < 0 || r < 0) {
            return false;
        }
        String grantResource = grant.substring(0, g);
        String grantAction = grant.substring(g + 1);
        return (grantResource.equals("*") || grantResource.equals(required.substring(0, r)))
                && (grantAction.equals("*") || grantAction.equals(required.substring(r + 1)));
    }
}
