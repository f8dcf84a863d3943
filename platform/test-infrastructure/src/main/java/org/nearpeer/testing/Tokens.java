package org.nearpeer.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens for service tests, verified by the service against the WireMock OIDC
 * server of {@code quarkus-test-oidc-server} (real signature, issuer, audience and expiry checks).
 * Shaped like Keycloak's: roles under {@code realm_access.roles}, the school in {@code school}.
 */
public final class Tokens {

    /** The issuer the WireMock OIDC server announces; services set it in their test profile. */
    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "nearpeer-api";

    private String subject = UUID.randomUUID().toString();
    private List<String> roles = List.of();
    private String school;
    private String email;
    private String audience = AUDIENCE;
    private Instant expiresAt = Instant.now().plusSeconds(600);

    private Tokens() {
    }

    public static Tokens coordinator(String school) {
        return new Tokens().roles("coordinator").school(school);
    }

    public static Tokens student(String school) {
        return new Tokens().roles("student").school(school);
    }

    public static Tokens coder(String school) {
        return new Tokens().roles("coder").school(school);
    }

    public static Tokens researcher() {
        return new Tokens().roles("researcher");
    }

    public static Tokens admin() {
        return new Tokens().roles("admin");
    }

    public Tokens roles(String... roleNames) {
        this.roles = List.of(roleNames);
        return this;
    }

    public Tokens school(String schoolId) {
        this.school = schoolId;
        return this;
    }

    public Tokens email(String address) {
        this.email = address;
        return this;
    }

    public Tokens subject(String userId) {
        this.subject = userId;
        return this;
    }

    public Tokens audience(String value) {
        this.audience = value;
        return this;
    }

    public Tokens expired() {
        this.expiresAt = Instant.now().minusSeconds(3600);
        return this;
    }

    public String subject() {
        return subject;
    }

    /** The compact JWT, for {@code Authorization: Bearer}. */
    public String token() {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(ISSUER)
                .audience(audience)
                .subject(subject)
                .preferredUserName("user-" + subject.substring(0, 8))
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(expiresAt.minusSeconds(900))
                .expiresAt(expiresAt);
        if (school != null) {
            claims.claim("school", school);
        }
        if (email != null) {
            claims.claim("email", email);
        }
        // The key the WireMock OIDC server publishes in its JWKS (kid "1").
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
