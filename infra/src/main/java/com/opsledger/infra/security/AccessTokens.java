package com.opsledger.infra.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Issues and checks access tokens: RS256 only (anything else, {@code none} included, is refused), with issuer,
 * audience and expiry checked, and the session they belong to in {@code sid}. A token that passed these checks is
 * remembered (see {@link CachingJwtDecoder}), so its repeats skip the parse and the signature check but not the time
 * check.
 */
class AccessTokens {

    static final String SESSION_CLAIM = "sid";

    private final SecuritySettings.Jwt settings;
    private final JwtEncoder encoder;
    private final JwtDecoder decoder;

    AccessTokens(SecuritySettings.Jwt settings, SigningKeys keys, Clock clock) {
        this.settings = settings;
        this.encoder = keys.canSign() ? new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(
                new RSAKey.Builder(keys.publicKey()).privateKey(keys.privateKey()).keyID("opsledger").build())))
                : null;
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withPublicKey(keys.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        JwtTimestampValidator inTime = new JwtTimestampValidator(CachingJwtDecoder.CLOCK_SKEW);
        inTime.setClock(clock);
        verifier.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(settings.issuer()), inTime),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(settings.audience())),
                new JwtClaimValidator<String>(SESSION_CLAIM, session -> session != null && !session.isBlank())));
        this.decoder = settings.verifiedTokenCacheSize() == 0 ? verifier
                : new CachingJwtDecoder(verifier, settings.verifiedTokenCacheSize(), clock);
    }

    JwtDecoder decoder() {
        return decoder;
    }

    long lifetimeSeconds() {
        return settings.accessTokenLifetime().toSeconds();
    }

    /** The answer to a sign-in or a refresh: a new access token for the refresh token's session, and that token. */
    TokenResponse answer(RefreshToken refresh, String username, Instant now) {
        return new TokenResponse(issue(refresh.userId(), username, refresh.sessionId(), now), refresh.text(),
                lifetimeSeconds(), "Bearer");
    }

    String issue(String userId, String username, String sessionId, Instant now) {
        if (encoder == null) {
            throw new IllegalStateException("this node has only the public key; tokens are issued where the "
                    + "private key is configured");
        }
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .audience(List.of(settings.audience()))
                .subject(userId)
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(settings.accessTokenLifetime()))
                .id(UUID.randomUUID().toString())
                .claim(SESSION_CLAIM, sessionId);
        if (username != null) {
            claims.claim("preferred_username", username);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("opsledger")
                .build(), claims.build())).getTokenValue();
    }
}
