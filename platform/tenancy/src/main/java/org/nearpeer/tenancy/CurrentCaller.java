package org.nearpeer.tenancy;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.nearpeer.http.problem.AccessDeniedException;
import org.nearpeer.http.problem.ResourceNotFoundException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, taken from the signed token only. The school comes from the {@code school}
 * claim (an admin-only Keycloak user attribute); a school named in a path or body is compared
 * with it, never trusted.
 */
@RequestScoped
public class CurrentCaller {

    public static final String SCHOOL_CLAIM = "school";
    private static final Pattern SCHOOL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The token subject: a stable, pseudonymous user id. */
    public String userId() {
        return token.getSubject();
    }

    /** The e-mail address in the token, if any (students' partner requests name each other by it). */
    public Optional<String> email() {
        Object claim = token.getClaim("email");
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", "").strip()).filter(e -> !e.isEmpty());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller's school, if the token carries a well-formed one. */
    public Optional<String> school() {
        Object claim = token.getClaim(SCHOOL_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String school = claim.toString().replace("\"", "").strip();
        return SCHOOL_ID.matcher(school).matches() ? Optional.of(school) : Optional.empty();
    }

    /**
     * The caller's school, for school-scoped operations.
     *
     * @throws AccessDeniedException when the token has no (valid) school
     */
    public String requireSchool() {
        return school().orElseThrow(() -> new AccessDeniedException("no-school",
                "Your account is not assigned to a school; ask a platform administrator to set it."));
    }

    /**
     * Checks a school named by the client against the token. A mismatch answers 404, the same as
     * a school that does not exist, so other schools cannot be probed.
     */
    public String requireSameSchool(String requestedSchool) {
        String own = requireSchool();
        if (!own.equals(requestedSchool)) {
            throw new ResourceNotFoundException("school", requestedSchool);
        }
        return own;
    }
}
