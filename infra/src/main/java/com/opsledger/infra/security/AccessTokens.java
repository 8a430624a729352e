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
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Issues and checks access tokens: RS256 only (anything else, {@code none} included, is refused), with issuer,
 * audience and expiry checked, and the session they belong to in {@code sid}.
 */
class AccessTokens {

    static final String SESSION_CLAIM = "sid";

    private final SecuritySettings.Jwt settings;
    private final JwtEncoder encoder;
    private final NimbusJwtDecoder decoder;

    AccessTokens(SecuritySettings.Jwt settings, SigningKeys keys) {
        this.settings = settings;
        this.encoder = keys.canSign() ? new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(
                new RSAKey.Builder(keys.publicKey()).privateKey(keys.privateKey()).keyID("opsledger").build())))
                : null;
        this.decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey()).signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(settings.issuer()),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(settings.audience())),
                new JwtClaimValidator<String>(SESSION_CLAIM, session -> session != null && !session.isBlank())));
    }

    JwtDecoder decoder() {
        return decoder;
    }

    long lifetimeSeconds() {
        return settings.accessTokenLifetime().toSeconds();
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
