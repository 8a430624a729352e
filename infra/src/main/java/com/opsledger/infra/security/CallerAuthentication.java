package com.opsledger.infra.security;

import com.opsledger.kernel.access.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request's authentication: the caller (named by user id) and the session of the token they presented. */
class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final transient Jwt token;

    CallerAuthentication(Caller caller, Jwt token) {
        super(caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.caller = caller;
        this.token = token;
        setAuthenticated(true);
    }

    String sessionId() {
        return token.getClaimAsString(AccessTokens.SESSION_CLAIM);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.userId();
    }
}
