package org.nearpeer.enrollment.domain;

/** Where accounts live (Keycloak); the domain only needs to create a coordinator of a school. */
public interface IdentityProvider {

    /**
     * Creates (or finds, if one exists with this e-mail) an account with the coordinator role and
     * the given school, which must change its password on first login.
     *
     * @return the identity provider's id of the account
     */
    String ensureCoordinator(String schoolId, String email, String firstName, String lastName);
}
